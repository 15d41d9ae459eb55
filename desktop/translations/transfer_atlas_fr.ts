<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogueBox</name>
    <message>
        <source>Catalogue of organisations</source>
        <translation>Catalogue des organisations</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts</source>
        <translation>Reprendre les données du catalogue</translation>
    </message>
    <message>
        <source>Take the catalogue&apos;s facts for this party. The country is marked as coming from the catalogue: where the organisation is established, not where it processes the data.</source>
        <translation>Reprendre les données du catalogue pour cette partie. Le pays est marqué comme venant du catalogue : là où l&apos;organisation est établie, pas là où elle traite les données.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination légale</translation>
    </message>
    <message>
        <source>Matched as</source>
        <translation>Reconnu comme</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Établi en</translation>
    </message>
    <message>
        <source>Contracts with EU customers</source>
        <translation>Contractant des clients de l&apos;UE</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Domaine web</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>Accepting sets</source>
        <translation>Reprendre définit</translation>
    </message>
    <message>
        <source>The party agrees with the catalogue.</source>
        <translation>La partie concorde avec le catalogue.</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts for {0}</source>
        <translation>Reprendre les données du catalogue pour {0}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>added by scenario</source>
        <translation>ajouté par le scénario</translation>
    </message>
    <message>
        <source>resolved by scenario</source>
        <translation>résolu par le scénario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>How Chapter V sees the country on the as-of date</source>
        <translation>Comment le chapitre V considère le pays à la date de référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Named organisation or a described category</source>
        <translation>Organisation nommée ou catégorie décrite</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Flows received</source>
        <translation>Flux reçus</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Flows sent on</source>
        <translation>Flux transmis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportateur</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importateur</translation>
    </message>
    <message>
        <source>Transfer tools</source>
        <translation>Outils de transfert</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Constat le plus grave</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>What the scenario changes compared with today</source>
        <translation>Ce que le scénario change par rapport à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The rule that fired (see Help › Rules)</source>
        <translation>La règle déclenchée (voir Aide › Règles)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Erreurs de lecture</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Set country</source>
        <translation>Définir le pays</translation>
    </message>
    <message>
        <source>The country where the {0} selected parties receive or process the data. It is recorded as confirmed by you, replacing what documents or the catalogue suggested.</source>
        <translation>Le pays où les {0} parties sélectionnées reçoivent ou traitent les données. Il est enregistré comme confirmé par vous, à la place de ce que les documents ou le catalogue suggéraient.</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
</context>
<context>
    <name>CountrySource</name>
    <message>
        <source>stated in the notice</source>
        <translation>indiqué dans la notice</translation>
    </message>
    <message>
        <source>read from an address</source>
        <translation>lu dans une adresse</translation>
    </message>
    <message>
        <source>stated in a register</source>
        <translation>indiqué dans un registre</translation>
    </message>
    <message>
        <source>catalogue: established there, processing place unconfirmed</source>
        <translation>catalogue : établi là, lieu de traitement non confirmé</translation>
    </message>
    <message>
        <source>its name or legal form: established there, processing place unconfirmed</source>
        <translation>nom ou forme juridique : établi là, lieu de traitement non confirmé</translation>
    </message>
    <message>
        <source>web domain only: unconfirmed</source>
        <translation>domaine web seulement : non confirmé</translation>
    </message>
    <message>
        <source>confirmed by the user</source>
        <translation>confirmé par l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Add &amp;party…</source>
        <translation>Ajouter une &amp;partie…</translation>
    </message>
    <message>
        <source>Add a party by hand</source>
        <translation>Ajouter une partie à la main</translation>
    </message>
    <message>
        <source>Add &amp;sub-processor…</source>
        <translation>Ajouter un &amp;sous-traitant ultérieur…</translation>
    </message>
    <message>
        <source>Add a sub-processor that receives data from the selected party</source>
        <translation>Ajouter un sous-traitant ultérieur qui reçoit des données de la partie sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;flow…</source>
        <translation>Ajouter un &amp;flux…</translation>
    </message>
    <message>
        <source>Add a flow between two parties by hand</source>
        <translation>Ajouter à la main un flux entre deux parties</translation>
    </message>
    <message>
        <source>&amp;Merge parties…</source>
        <translation>&amp;Fusionner des parties…</translation>
    </message>
    <message>
        <source>Merge another party into the selected one (the same organisation under two names)</source>
        <translation>Fusionner une autre partie dans celle sélectionnée (la même organisation sous deux noms)</translation>
    </message>
    <message>
        <source>Set c&amp;ountry…</source>
        <translation>Définir le &amp;pays…</translation>
    </message>
    <message>
        <source>Set the country of the selected parties at once (as confirmed by you)</source>
        <translation>Définir le pays de toutes les parties sélectionnées en une fois (comme confirmé par vous)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm what the importer suggested</source>
        <translation>Confirmer ce que l&apos;import a proposé</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the suggestion (kept, but left out of the findings)</source>
        <translation>Rejeter la proposition (conservée, mais exclue des constats)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected parties or flows</source>
        <translation>Supprimer les parties ou flux sélectionnés</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Choose two different parties for a flow.</source>
        <translation>Choisissez deux parties différentes pour un flux.</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Merge {absorbed} into {kept}</source>
        <translation>Fusionner {absorbed} dans {kept}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Set the country of {0} to {1}</source>
        <translation>Définir le pays de {0} : {1}</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>Supprimer {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>{parties} and {flows}</source>
        <translation>{parties} et {flows}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Notices and registers</source>
        <translation>Notices et registres</translation>
    </message>
    <message>
        <source>Transfer Atlas project</source>
        <translation>Projet Transfer Atlas</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>&amp;Import notices or registers…</source>
        <translation>&amp;Importer des notices ou des registres…</translation>
    </message>
    <message>
        <source>Read privacy notices, vendor registers or sub-processor lists</source>
        <translation>Lire des notices d&apos;information, des registres de fournisseurs ou des listes de sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every supported file in a folder</source>
        <translation>Importer tous les fichiers pris en charge d&apos;un dossier</translation>
    </message>
    <message>
        <source>Export TIA &amp;workbook…</source>
        <translation>Exporter le &amp;classeur TIA…</translation>
    </message>
    <message>
        <source>Write the transfer impact assessment workbook (.xlsx)</source>
        <translation>Écrire le classeur de l&apos;analyse d&apos;impact des transferts (TIA) (.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>Exporter la &amp;carte…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>Enregistrer la carte en PNG ou SVG</translation>
    </message>
    <message>
        <source>Import notices or registers</source>
        <translation>Importer des notices ou des registres</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Ce projet est ouvert en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>Import de %n élément…</numerusform>
            <numerusform>Import de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The job failed:</source>
        <translation>La tâche a échoué :</translation>
    </message>
    <message>
        <source>Export TIA workbook</source>
        <translation>Exporter le classeur TIA</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Writing the TIA workbook…</source>
        <translation>Écriture du classeur TIA…</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Dessin de la carte…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>The data-flow map (Ctrl+1)</source>
        <translation>La carte des flux de données (Ctrl+1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>findings: {high} high, {medium} medium, {low} low</source>
        <translation>constats : {high} élevés, {medium} moyens, {low} faibles</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>scenario: {changes}</source>
        <translation>scénario : {changes}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>Annuler : {edit} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>Rétablir : {edit} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it.</source>
        <translation>Attendez la fin de la tâche en cours, ou annulez-la.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Transfer Atlas</source>
        <translation>Fermer Transfer Atlas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and country</source>
        <translation>Nom et pays de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Guide to the map and the rules</source>
        <translation>&amp;Guide de la carte et des règles</translation>
    </message>
    <message>
        <source>A short guide, in this window</source>
        <translation>Un court guide, dans cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;About Transfer Atlas</source>
        <translation>À &amp;propos de Transfer Atlas</translation>
    </message>
    <message>
        <source>Version and reference data</source>
        <translation>Version et données de référence</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show {tab}</source>
        <translation>Afficher {tab}</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Afficher l&apos;onglet {tab}</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Afficher ou masquer le panneau {panel}</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>&amp;Rechercher dans le tableau</translation>
    </message>
    <message>
        <source>Search the current table</source>
        <translation>Rechercher dans le tableau affiché</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>TIA workbook</source>
        <translation>Classeur TIA</translation>
    </message>
    <message>
        <source>Map image</source>
        <translation>Image de la carte</translation>
    </message>
    <message>
        <source>About Transfer Atlas</source>
        <translation>À propos de Transfer Atlas</translation>
    </message>
    <message>
        <source>Maps where personal data goes, flags GDPR Chapter V gaps and exports transfer impact assessments.</source>
        <translation>Cartographie la destination des données personnelles, signale les lacunes au regard du chapitre V du RGPD et exporte les analyses d&apos;impact des transferts (TIA).</translation>
    </message>
    <message>
        <source>Reference data {version}, as of {date}.</source>
        <translation>Données de référence {version}, au {date}.</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Record a check…</source>
        <translation>Enregistrer une vérification…</translation>
    </message>
    <message>
        <source>Record what you saw on the DPF List, and when</source>
        <translation>Enregistrer ce que vous avez vu sur la liste DPF, et quand</translation>
    </message>
    <message>
        <source>DPF List check</source>
        <translation>Vérification de la liste DPF</translation>
    </message>
    <message>
        <source>DPF List: never checked</source>
        <translation>Liste DPF : jamais vérifiée</translation>
    </message>
    <message>
        <source>Your last check of the DPF List</source>
        <translation>Votre dernière vérification de la liste DPF</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Transfer Atlas projects (*.atlas)</source>
        <translation>Projets Transfer Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Project JSON (*.json)</source>
        <translation>Projet JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Commencer un nouveau projet vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Enregistrer le projet sous un nouveau nom</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>Open one of the projects opened lately</source>
        <translation>Ouvrir l&apos;un des derniers projets ouverts</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them?</source>
        <translation>« {name} » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
</context>
<context>
    <name>ScopeCheckDialog</name>
    <message>
        <source>DPF List check: {0}</source>
        <translation>Vérification de la liste DPF : {0}</translation>
    </message>
    <message>
        <source>Listed (active participant)</source>
        <translation>Inscrit (participant actif)</translation>
    </message>
    <message>
        <source>Not listed (or inactive)</source>
        <translation>Non inscrit (ou inactif)</translation>
    </message>
    <message>
        <source>The day you looked it up</source>
        <translation>Le jour où vous avez vérifié</translation>
    </message>
    <message>
        <source>the listing&apos;s web address, or what you saw</source>
        <translation>l&apos;adresse web de l&apos;inscription, ou ce que vous avez vu</translation>
    </message>
    <message>
        <source>Look {0} up on the Data Privacy Framework List ({1}) and record what you saw. A check counts for {2} days; after that the findings ask for it again.</source>
        <translation>Recherchez {0} dans la liste du Data Privacy Framework ({1}) et enregistrez ce que vous avez vu. Une vérification vaut {2} jours ; ensuite, les constats la redemandent.</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Checked &amp;on</source>
        <translation>Vérifié &amp;le</translation>
    </message>
    <message>
        <source>Checked &amp;by</source>
        <translation>Vérifié &amp;par</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Give the day you checked the list (not a future day).</source>
        <translation>Indiquez le jour où vous avez vérifié la liste (pas un jour futur).</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search {rows}…</source>
        <translation>Rechercher des {rows}…</translation>
    </message>
    <message>
        <source>Show only {rows} whose text contains this (any column)</source>
        <translation>N&apos;afficher que les {rows} dont le texte contient ceci (toute colonne)</translation>
    </message>
</context>
<context>
    <name>TableTabs</name>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transferts</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>The parties table</source>
        <translation>Le tableau des parties</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>The transfers table</source>
        <translation>Le tableau des transferts</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>C&amp;onstats</translation>
    </message>
    <message>
        <source>The findings table</source>
        <translation>Le tableau des constats</translation>
    </message>
    <message>
        <source>Show only parties with this role</source>
        <translation>N&apos;afficher que les parties ayant ce rôle</translation>
    </message>
    <message>
        <source>Show only parties in this state</source>
        <translation>N&apos;afficher que les parties dans cet état</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Avec constats</translation>
    </message>
    <message>
        <source>To review (suggested)</source>
        <translation>À revoir (proposé)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Pays inconnu</translation>
    </message>
    <message>
        <source>Show only parties whose destination has this status</source>
        <translation>N&apos;afficher que les parties dont la destination a ce statut</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Toute destination</translation>
    </message>
    <message>
        <source>Show only some transfers</source>
        <translation>N&apos;afficher que certains transferts</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>Leaving the EEA</source>
        <translation>Quittant l&apos;EEE</translation>
    </message>
    <message>
        <source>TIA not started</source>
        <translation>TIA non commencée</translation>
    </message>
    <message>
        <source>Show only findings of this severity</source>
        <translation>N&apos;afficher que les constats de cette gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes gravités</translation>
    </message>
    <message>
        <source>What the scenario changes compared with today</source>
        <translation>Ce que le scénario change par rapport à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Under the scenario</source>
        <translation>Selon le scénario</translation>
    </message>
    <message>
        <source>Added by the scenario</source>
        <translation>Ajoutés par le scénario</translation>
    </message>
    <message>
        <source>Resolved by the scenario</source>
        <translation>Résolus par le scénario</translation>
    </message>
    <message>
        <source>Added and resolved</source>
        <translation>Ajoutés et résolus</translation>
    </message>
    <message>
        <source>&lt;b&gt;{changes}&lt;/b&gt;: compared with today the scenario adds &lt;b&gt;{added}&lt;/b&gt; finding(s) ({high} high) and resolves &lt;b&gt;{resolved}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{changes}&lt;/b&gt; : par rapport à aujourd&apos;hui, le scénario ajoute &lt;b&gt;{added}&lt;/b&gt; constat(s) ({high} élevé(s)) et en résout &lt;b&gt;{resolved}&lt;/b&gt;.</translation>
    </message>
</context>
</TS>
