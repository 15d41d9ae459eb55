<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddFlowDialog</name>
    <message>
        <source>Add flow</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>The party that sends the data</source>
        <translation>La partie qui transmet les données</translation>
    </message>
    <message>
        <source>The party that receives the data</source>
        <translation>La partie qui reçoit les données</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>Set the data, tools and TIA in the inspector afterwards.</source>
        <translation>Renseignez ensuite les données, les outils et la TIA dans l&apos;inspecteur.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Add sub-processor</source>
        <translation>Ajouter un sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, or a description of the category</source>
        <translation>Le nom de l&apos;organisation, ou une description de la catégorie</translation>
    </message>
    <message>
        <source>What the party is to the data</source>
        <translation>Ce qu&apos;est la partie à l&apos;égard des données</translation>
    </message>
    <message>
        <source>A named organisation, or a category a notice only describes</source>
        <translation>Une organisation nommée, ou une catégorie qu&apos;une notice ne fait que décrire</translation>
    </message>
    <message>
        <source>The party that sends data to the new one (none: add no flow)</source>
        <translation>La partie qui transmet des données à la nouvelle (aucune : pas de flux)</translation>
    </message>
    <message>
        <source>(no flow)</source>
        <translation>(aucun flux)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Receives data &amp;from</source>
        <translation>Reçoit des données &amp;de</translation>
    </message>
</context>
<context>
    <name>CatalogueBox</name>
    <message>
        <source>Catalogue of organisations</source>
        <translation>Catalogue des organisations</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts</source>
        <translation>Reprendre les informations du catalogue</translation>
    </message>
    <message>
        <source>Take the catalogue&apos;s facts for this party. The country is marked as coming from the catalogue: where the organisation is established, not where it processes the data.</source>
        <translation>Reprendre les informations du catalogue pour cette partie. Le pays est marqué comme venant du catalogue : là où l&apos;organisation est établie, pas là où elle traite les données.</translation>
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
        <translation>Contrats avec les clients de l&apos;UE</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>role</source>
        <translation>le rôle</translation>
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
        <translation>Reprendre les informations du catalogue pour {0}</translation>
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
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>European Patent Organisation (EPO)</source>
        <translation>Organisation européenne des brevets (OEB)</translation>
    </message>
    <message>
        <source>The country where the party receives or processes the data</source>
        <translation>Le pays où la partie reçoit ou traite les données</translation>
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
        <translation>Le pays où les {0} parties sélectionnées reçoivent ou traitent les données. Il est enregistré comme confirmé par vous et remplace ce que les documents ou le catalogue suggéraient.</translation>
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
        <translation>Définir d&apos;un coup le pays des parties sélectionnées (comme confirmé par vous)</translation>
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
        <translation>Définir le pays de {0} à {1}</translation>
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
    <name>ExportNote</name>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>Ouvrir le dossier où le fichier a été écrit</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exporté</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be imported</source>
        <translation>Fichiers qui n&apos;ont pas pu être importés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the list to the clipboard</source>
        <translation>Copier la liste dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Associer les colonnes…</translation>
    </message>
    <message>
        <source>Say what the selected register&apos;s columns hold, then import it again</source>
        <translation>Indiquer ce que contiennent les colonnes du registre sélectionné, puis le réimporter</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problème.</numerusform>
            <numerusform>%n problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n file(s) were imported; fix these files and import them again.</source>
        <translation>
            <numerusform>%n autre fichier a été importé ; corrigez ces fichiers et importez-les à nouveau.</numerusform>
            <numerusform>Les %n autres fichiers ont été importés ; corrigez ces fichiers et importez-les à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowEditor</name>
    <message>
        <source>data</source>
        <translation>les données</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>les finalités</translation>
    </message>
    <message>
        <source>special categories</source>
        <translation>les catégories particulières</translation>
    </message>
    <message>
        <source>EEA exit</source>
        <translation>sortie de l&apos;EEE</translation>
    </message>
    <message>
        <source>transfer tools</source>
        <translation>les outils de transfert</translation>
    </message>
    <message>
        <source>supplementary measures</source>
        <translation>les mesures supplémentaires</translation>
    </message>
    <message>
        <source>TIA status</source>
        <translation>statut de la TIA</translation>
    </message>
    <message>
        <source>TIA conclusion</source>
        <translation>conclusion de la TIA</translation>
    </message>
    <message>
        <source>TIA review date</source>
        <translation>date de révision de la TIA</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>Categories of personal data, separated by &apos;;&apos;</source>
        <translation>Catégories de données personnelles, séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>Purposes of the transfer, separated by &apos;;&apos;</source>
        <translation>Finalités du transfert, séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>Special categories (Art. 9 and 10 GDPR) in this flow</source>
        <translation>Catégories particulières (art. 9 et 10 du RGPD) dans ce flux</translation>
    </message>
    <message>
        <source>Stated to leave the EEA</source>
        <translation>Quitte l&apos;EEE selon une source</translation>
    </message>
    <message>
        <source>A source says the data leaves the EEA (matters while the country is unknown)</source>
        <translation>Une source indique que les données quittent l&apos;EEE (utile tant que le pays est inconnu)</translation>
    </message>
    <message>
        <source>Double-click a transfer tool to edit it</source>
        <translation>Double-cliquez sur un outil de transfert pour le modifier</translation>
    </message>
    <message>
        <source>Add a transfer tool</source>
        <translation>Ajouter un outil de transfert</translation>
    </message>
    <message>
        <source>Edit the transfer tool</source>
        <translation>Modifier l&apos;outil de transfert</translation>
    </message>
    <message>
        <source>Remove the transfer tool</source>
        <translation>Retirer l&apos;outil de transfert</translation>
    </message>
    <message>
        <source>Double-click a supplementary measure to edit it</source>
        <translation>Double-cliquez sur une mesure supplémentaire pour la modifier</translation>
    </message>
    <message>
        <source>Add a supplementary measure</source>
        <translation>Ajouter une mesure supplémentaire</translation>
    </message>
    <message>
        <source>Edit the supplementary measure</source>
        <translation>Modifier la mesure supplémentaire</translation>
    </message>
    <message>
        <source>Remove the supplementary measure</source>
        <translation>Retirer la mesure supplémentaire</translation>
    </message>
    <message>
        <source>Where the transfer impact assessment stands</source>
        <translation>Où en est l&apos;analyse d&apos;impact des transferts (TIA)</translation>
    </message>
    <message>
        <source>What the TIA concluded</source>
        <translation>Ce que la TIA a conclu</translation>
    </message>
    <message>
        <source>When the TIA is next due for review</source>
        <translation>Quand la TIA doit être révisée</translation>
    </message>
    <message>
        <source>Your notes on this flow</source>
        <translation>Vos notes sur ce flux</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Finalités</translation>
    </message>
    <message>
        <source>&amp;Special categories</source>
        <translation>Catégories &amp;particulières</translation>
    </message>
    <message>
        <source>Transfer &amp;tools</source>
        <translation>&amp;Outils de transfert</translation>
    </message>
    <message>
        <source>Supplementary &amp;measures</source>
        <translation>&amp;Mesures supplémentaires</translation>
    </message>
    <message>
        <source>TI&amp;A status</source>
        <translation>Statut de la TI&amp;A</translation>
    </message>
    <message>
        <source>TIA &amp;conclusion</source>
        <translation>&amp;Conclusion de la TIA</translation>
    </message>
    <message>
        <source>TIA review &amp;date</source>
        <translation>&amp;Date de révision de la TIA</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Change {what} of a flow</source>
        <translation>Modifier {what} d&apos;un flux</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>
&lt;h2&gt;Reading the map&lt;/h2&gt;
&lt;p&gt;Parties stand in &lt;b&gt;jurisdiction bands&lt;/b&gt;, left to right: your organisation and the EEA, countries
with an adequacy decision, countries whose decision covers only some importers, third countries, and
parties whose country nobody has stated yet. A node&apos;s &lt;b&gt;fill&lt;/b&gt; is its band&apos;s colour; its
&lt;b&gt;shape&lt;/b&gt; is its role group (controllers and group companies, processors and IT, finance and
insurance, public authorities, other recipients). &lt;b&gt;Hollow&lt;/b&gt; nodes are categories a notice only
describes (&quot;debt collection agencies&quot;); several of one role are drawn once, with a count.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Red&lt;/b&gt; means risk: a red line is a flow with a finding, thicker when more severe; a red ring is
a party with findings. An orange &lt;b&gt;?&lt;/b&gt; beside a node (and after its country code) means only the
catalogue of organisations, a legal form or a web domain places it: where it processes the data is
unconfirmed. Hover over a node or a line for its details (a line shows its transfer tool,
data categories and purposes); click to select it and edit it in the Inspector. &lt;i&gt;Label flows&lt;/i&gt;
writes each line&apos;s tool and data on it. Above 120 nodes, and whenever &lt;i&gt;Countries&lt;/i&gt; is ticked,
the parties of each country are drawn as one node: double-click it to see its parties.&lt;/p&gt;
&lt;p&gt;Names are always written whole. When the map is larger than the window it opens at a size you can
read: drag with the pan tool, or use the zoom tool; Home returns to the first view.&lt;/p&gt;
&lt;h2&gt;Working with a project&lt;/h2&gt;
&lt;p&gt;Import notices, registers and sub-processor lists (File › Import, or drop them on the window);
every party and flow keeps the sentence it came from. Confirm or reject what was suggested, add the
transfer tools and TIA status, and set the as-of date and a scenario in the toolbar: the findings are
recomputed on every change. Every edit can be undone with Ctrl+Z, also while typing in a field.
File › Export writes the TIA workbook or the map, with the date and scenario on it.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Lire la carte&lt;/h2&gt;
&lt;p&gt;Les parties sont placées dans des &lt;b&gt;bandes de juridiction&lt;/b&gt;, de gauche à droite : votre
organisation et l&apos;EEE, les pays bénéficiant d&apos;une décision d&apos;adéquation, les pays dont la décision ne
couvre que certains importateurs, les pays tiers, et les parties dont personne n&apos;a encore indiqué le
pays. Le &lt;b&gt;remplissage&lt;/b&gt; d&apos;un nœud est la couleur de sa bande ; sa &lt;b&gt;forme&lt;/b&gt; est son groupe de rôles
(responsables du traitement et sociétés du groupe, sous-traitants et informatique, finance et assurance,
autorités publiques, autres destinataires). Les nœuds &lt;b&gt;creux&lt;/b&gt; sont des catégories qu&apos;une notice ne
fait que décrire (« sociétés de recouvrement ») ; plusieurs d&apos;un même rôle sont dessinés une seule fois,
avec leur nombre.&lt;/p&gt;
&lt;p&gt;Le &lt;b&gt;rouge&lt;/b&gt; signale un risque : une ligne rouge est un flux avec un constat, plus épaisse s&apos;il est
plus grave ; un anneau rouge est une partie avec des constats. Un &lt;b&gt;?&lt;/b&gt; orange à côté d&apos;un nœud (et
après son code pays) signifie que seuls le catalogue des organisations, une forme juridique ou un
domaine web le situent : le lieu où il traite les données n&apos;est pas confirmé. Survolez un nœud ou une ligne pour ses
détails (une ligne montre son outil de transfert, les catégories de données et les finalités) ; cliquez
pour le sélectionner et le modifier dans l&apos;inspecteur. &lt;i&gt;Légender les flux&lt;/i&gt; écrit l&apos;outil et les
données sur chaque ligne. Au-delà de 120 nœuds, et chaque fois que &lt;i&gt;Pays&lt;/i&gt; est coché, les parties de
chaque pays sont dessinées en un seul nœud : double-cliquez dessus pour voir ses parties.&lt;/p&gt;
&lt;p&gt;Les noms sont toujours écrits en entier. Quand la carte est plus grande que la fenêtre, elle s&apos;ouvre à
une taille lisible : faites-la glisser avec l&apos;outil de déplacement, ou utilisez l&apos;outil de zoom ; Accueil
revient à la première vue.&lt;/p&gt;
&lt;h2&gt;Travailler avec un projet&lt;/h2&gt;
&lt;p&gt;Importez des notices d&apos;information, des registres et des listes de sous-traitants ultérieurs (Fichier ›
Importer, ou déposez-les sur la fenêtre) ; chaque partie et chaque flux garde la phrase dont il provient.
Confirmez ou rejetez ce qui a été proposé, ajoutez les outils de transfert et le statut de la TIA, et
choisissez la date de référence et un scénario dans la barre d&apos;outils : les constats sont recalculés à
chaque modification. Chaque modification peut être annulée avec Ctrl+Z, même pendant la saisie dans un
champ. Fichier › Exporter écrit le classeur TIA ou la carte, avec la date et le scénario.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>When it fires</source>
        <translation>Quand elle se déclenche</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>Les règles</translation>
    </message>
    <message>
        <source>Each finding names its rule, the GDPR article, the facts it decided on and the sentences they came from. A value nobody stated counts as unknown, never as compliant.</source>
        <translation>Chaque constat indique sa règle, l&apos;article du RGPD, les faits sur lesquels il repose et les phrases dont ils proviennent. Une valeur que personne n&apos;a indiquée compte comme inconnue, jamais comme conforme.</translation>
    </message>
    <message>
        <source>Transfer Atlas guide</source>
        <translation>Guide de Transfer Atlas</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Transfer Atlas guide</source>
        <translation>Guide de Transfer Atlas</translation>
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
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>The audit trail could not be read; the Change log compares with the previous workbook instead.</source>
        <translation>La piste d&apos;audit n&apos;a pas pu être lue ; le journal des modifications compare plutôt avec le classeur précédent.</translation>
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
    <name>InspectorPanel</name>
    <message>
        <source>Select a party or a flow on the map or in a table to inspect it.

Select two parties to merge them.</source>
        <translation>Sélectionnez une partie ou un flux sur la carte ou dans un tableau pour l&apos;examiner.

Sélectionnez deux parties pour les fusionner.</translation>
    </message>
    <message>
        <source>Where this was read; activate an item to see it in its source</source>
        <translation>Où cela a été lu ; activez un élément pour le voir dans sa source</translation>
    </message>
    <message>
        <source>The findings about this party or flow</source>
        <translation>Les constats concernant cette partie ou ce flux</translation>
    </message>
    <message>
        <source>Who changed this in the team register, when, and what</source>
        <translation>Qui a modifié ceci dans le registre d&apos;équipe, quand et quoi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>Aucune modification enregistrée</translation>
    </message>
    <message>
        <source>(added by hand: no source)</source>
        <translation>(ajouté à la main : pas de source)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
</context>
<context>
    <name>ItemDialogs</name>
    <message>
        <source>The Chapter V instrument the flow relies on</source>
        <translation>L&apos;instrument du chapitre V sur lequel repose le flux</translation>
    </message>
    <message>
        <source>The contract, decision or register entry, e.g. &apos;DPA 2023-114, Annex III&apos;</source>
        <translation>Le contrat, la décision ou l&apos;entrée de registre, p. ex. « Accord de sous-traitance 2023-114, annexe III »</translation>
    </message>
    <message>
        <source>When the tool was signed or took effect</source>
        <translation>Quand l&apos;outil a été signé ou est entré en vigueur</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;Outil</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Outil de transfert</translation>
    </message>
    <message>
        <source>Technical, contractual or organisational (EDPB Recommendations 01/2020)</source>
        <translation>Technique, contractuelle ou organisationnelle (recommandations 01/2020 du CEPD)</translation>
    </message>
    <message>
        <source>What the measure is, e.g. &apos;encryption with keys held in the EEA&apos;</source>
        <translation>Ce qu&apos;est la mesure, p. ex. « chiffrement avec des clés conservées dans l&apos;EEE »</translation>
    </message>
    <message>
        <source>Whether the measure is in place</source>
        <translation>Si la mesure est en place</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Supplementary measure</source>
        <translation>Mesure supplémentaire</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>MapToolbar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Rétablir la vue d&apos;origine</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Revenir à la vue précédente</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Aller à la vue suivante</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Drag to move the map; right button drags to zoom</source>
        <translation>Faites glisser pour déplacer la carte ; le bouton droit zoome</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom to a rectangle</source>
        <translation>Zoomer sur un rectangle</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>The map is drawn here once notices or registers are imported (File › Import).</source>
        <translation>La carte s&apos;affiche ici dès que des notices ou des registres sont importés (Fichier › Importer).</translation>
    </message>
    <message>
        <source>Map filters</source>
        <translation>Filtres de la carte</translation>
    </message>
    <message>
        <source>Only flagged</source>
        <translation>Seulement signalés</translation>
    </message>
    <message>
        <source>Show only flows with findings, and the parties at their ends</source>
        <translation>N&apos;afficher que les flux avec constats, et les parties à leurs extrémités</translation>
    </message>
    <message>
        <source>Show only parties with this role (and the other end of their flows)</source>
        <translation>N&apos;afficher que les parties ayant ce rôle (et l&apos;autre extrémité de leurs flux)</translation>
    </message>
    <message>
        <source>Show only what this source document gives evidence for</source>
        <translation>N&apos;afficher que ce que ce document source atteste</translation>
    </message>
    <message>
        <source>Show only parties in this country (and the other end of their flows)</source>
        <translation>N&apos;afficher que les parties de ce pays (et l&apos;autre extrémité de leurs flux)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Draw the parties of each country as one node (on by itself above 120 nodes); double-click a country to see its parties</source>
        <translation>Dessiner les parties de chaque pays en un seul nœud (automatique au-delà de 120 nœuds) ; double-cliquez sur un pays pour voir ses parties</translation>
    </message>
    <message>
        <source>Label flows</source>
        <translation>Légender les flux</translation>
    </message>
    <message>
        <source>Write each flow&apos;s transfer tool and data categories on its line</source>
        <translation>Écrire l&apos;outil de transfert et les catégories de données sur chaque ligne</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>Enregistrer la carte en PNG ou SVG</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>no transfer tool recorded</source>
        <translation>aucun outil de transfert enregistré</translation>
    </message>
    <message>
        <source>Data: {categories}</source>
        <translation>Données : {categories}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Purposes: {purposes}</source>
        <translation>Finalités : {purposes}</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>pays inconnu</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Vendor / recipient name</source>
        <translation>Nom du fournisseur / destinataire</translation>
    </message>
    <message>
        <source>Processor (whose sub-processor)</source>
        <translation>Sous-traitant (dont il est le sous-traitant ultérieur)</translation>
    </message>
    <message>
        <source>Sub-processor(s)</source>
        <translation>Sous-traitant(s) ultérieur(s)</translation>
    </message>
    <message>
        <source>Controller (group company)</source>
        <translation>Responsable du traitement (société du groupe)</translation>
    </message>
    <message>
        <source>Country of establishment</source>
        <translation>Pays d&apos;établissement</translation>
    </message>
    <message>
        <source>Data location / hosting country</source>
        <translation>Localisation des données / pays d&apos;hébergement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Catégories particulières</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Data processing agreement (yes/no/date)</source>
        <translation>Contrat de sous-traitance (oui/non/date)</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Référence du contrat</translation>
    </message>
    <message>
        <source>SCCs signed (yes/no/date)</source>
        <translation>CCT signées (oui/non/date)</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Module des CCT</translation>
    </message>
    <message>
        <source>DPF certified (yes/no)</source>
        <translation>Certifié DPF (oui/non)</translation>
    </message>
    <message>
        <source>BCRs (yes/no)</source>
        <translation>BCR (oui/non)</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Mécanisme de transfert</translation>
    </message>
    <message>
        <source>Transfer outside the EEA (yes/no)</source>
        <translation>Transfert hors de l&apos;EEE (oui/non)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>TIA status</source>
        <translation>Statut de la TIA</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(non lue)</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>Associer les colonnes de {file}</translation>
    </message>
    <message>
        <source>Map the register&apos;s columns</source>
        <translation>Associer les colonnes du registre</translation>
    </message>
    <message>
        <source>The sheet to map; a header mapped on one sheet is read the same on every sheet</source>
        <translation>La feuille à associer ; un en-tête associé sur une feuille est lu de même sur toutes</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>The first rows of the sheet, below its header row</source>
        <translation>Les premières lignes de la feuille, sous la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Say what each column holds. A vendor (or sub-processor) name and one more column are needed.</source>
        <translation>Indiquez ce que contient chaque colonne. Le nom d&apos;un fournisseur (ou d&apos;un sous-traitant ultérieur) et une autre colonne sont nécessaires.</translation>
    </message>
    <message>
        <source>(column {number}, no header)</source>
        <translation>(colonne {number}, sans en-tête)</translation>
    </message>
    <message>
        <source>What the column “{column}” holds</source>
        <translation>Ce que contient la colonne « {column} »</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge parties</source>
        <translation>Fusionner des parties</translation>
    </message>
    <message>
        <source>The party that is the same organisation as the kept one</source>
        <translation>La partie qui est la même organisation que celle conservée</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Fusionner dedans</translation>
    </message>
    <message>
        <source>The merged party&apos;s name becomes an alias; its flows and evidence move over.</source>
        <translation>Le nom de la partie fusionnée devient un alias ; ses flux et preuves sont repris.</translation>
    </message>
</context>
<context>
    <name>NoticeCompare</name>
    <message>
        <source>Compare notice &amp;versions…</source>
        <translation>Comparer des &amp;versions de notices…</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a privacy notice (the two selected in Sources, or two files)</source>
        <translation>Montrer ce qui a changé entre deux versions d&apos;une notice d&apos;information (les deux sélectionnées dans Sources, ou deux fichiers)</translation>
    </message>
    <message>
        <source>The earlier version of the notice</source>
        <translation>La version antérieure de la notice</translation>
    </message>
    <message>
        <source>The later version of the notice</source>
        <translation>La version ultérieure de la notice</translation>
    </message>
    <message>
        <source>Comparing the notices…</source>
        <translation>Comparaison des notices…</translation>
    </message>
</context>
<context>
    <name>NoticeDiffDialog</name>
    <message>
        <source>Compare notice versions</source>
        <translation>Comparer des versions de notices</translation>
    </message>
</context>
<context>
    <name>NoticeDiffView</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>redo TIA</source>
        <translation>refaire la TIA</translation>
    </message>
    <message>
        <source>This change concerns transfers outside the EEA</source>
        <translation>Cette modification concerne des transferts hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>Only changes concerning transfers</source>
        <translation>Seulement les modifications concernant des transferts</translation>
    </message>
    <message>
        <source>Show only the changes that call for a new transfer impact assessment</source>
        <translation>N&apos;afficher que les modifications qui appellent une nouvelle analyse d&apos;impact des transferts (TIA)</translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation>La version antérieure</translation>
    </message>
    <message>
        <source>The later version</source>
        <translation>La version ultérieure</translation>
    </message>
    <message>
        <source>No notices compared.</source>
        <translation>Aucune notice comparée.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern transfers: redo the TIAs they touch</source>
        <translation>
            <numerusform>%n concerne des transferts : refaites les TIA concernées</numerusform>
            <numerusform>%n concernent des transferts : refaites les TIA concernées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD or 1-3-2026</source>
        <translation>AAAA-MM-JJ ou 1-3-2026</translation>
    </message>
    <message>
        <source>Type a date (2026-03-01, 1-3-2026, 1 March 2026) or leave it empty</source>
        <translation>Tapez une date (2026-03-01, 1-3-2026, 1 mars 2026) ou laissez vide</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 2026-03-01, 1-3-2026 or 1 March 2026</source>
        <translation>Pas une date : tapez p. ex. 2026-03-01, 1-3-2026 ou 1 mars 2026</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s legal name, e.g. Acme Verzekeringen N.V.</source>
        <translation>La dénomination légale de l&apos;organisation, p. ex. Acme Assurances SA</translation>
    </message>
    <message>
        <source>Shown on the map, in the workbook&apos;s headers and on its Summary</source>
        <translation>Affiché sur la carte, dans les en-têtes du classeur et dans sa synthèse</translation>
    </message>
    <message>
        <source>Where the organisation is established; its own parties take this country</source>
        <translation>Où l&apos;organisation est établie ; ses propres parties prennent ce pays</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>DPF certified (US)</source>
        <translation>Certifié DPF (États-Unis)</translation>
    </message>
    <message>
        <source>On the EU-US Data Privacy Framework List</source>
        <translation>Sur la liste du cadre de protection des données UE-États-Unis (DPF)</translation>
    </message>
    <message>
        <source>Subject to PIPEDA (CA)</source>
        <translation>Soumis à la LPRPDE (CA)</translation>
    </message>
    <message>
        <source>Canada&apos;s decision covers PIPEDA organisations</source>
        <translation>La décision relative au Canada couvre les organisations soumises à la LPRPDE</translation>
    </message>
    <message>
        <source>Private sector (JP)</source>
        <translation>Secteur privé (JP)</translation>
    </message>
    <message>
        <source>Japan&apos;s decision covers APPI business operators</source>
        <translation>La décision relative au Japon couvre les opérateurs soumis à l&apos;APPI</translation>
    </message>
    <message>
        <source>In decision&apos;s scope (KR, IL)</source>
        <translation>Dans le champ de la décision (KR, IL)</translation>
    </message>
    <message>
        <source>Inside the scope of a partial decision</source>
        <translation>Dans le champ d&apos;une décision partielle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>country confirmation</source>
        <translation>la confirmation du pays</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>les alias</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>The organisation&apos;s name as the DPO wants to see it</source>
        <translation>Le nom de l&apos;organisation tel que le DPD veut le voir</translation>
    </message>
    <message>
        <source>What the party is to the data</source>
        <translation>Ce qu&apos;est la partie à l&apos;égard des données</translation>
    </message>
    <message>
        <source>A named organisation, or a category a notice only describes</source>
        <translation>Une organisation nommée, ou une catégorie qu&apos;une notice ne fait que décrire</translation>
    </message>
    <message>
        <source>Country confirmed</source>
        <translation>Pays confirmé</translation>
    </message>
    <message>
        <source>A contract or the vendor states the country</source>
        <translation>Un contrat ou le fournisseur indique le pays</translation>
    </message>
    <message>
        <source>Where the country came from; only some sources say where data goes</source>
        <translation>D&apos;où vient le pays ; seules certaines sources disent où vont les données</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Enregistrer une vérification…</translation>
    </message>
    <message>
        <source>Record what you saw on the DPF List, and when</source>
        <translation>Enregistrer ce que vous avez vu sur la liste DPF, et quand</translation>
    </message>
    <message>
        <source>Other names of the same organisation, separated by &apos;;&apos;</source>
        <translation>Autres noms de la même organisation, séparés par &apos;;&apos;</translation>
    </message>
    <message>
        <source>Your notes on this party</source>
        <translation>Vos notes sur cette partie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Country from</source>
        <translation>Pays selon</translation>
    </message>
    <message>
        <source>DPF List check</source>
        <translation>Vérification de la liste DPF</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>DPF List: never checked</source>
        <translation>Liste DPF : jamais vérifiée</translation>
    </message>
    <message>
        <source>Your last check of the DPF List</source>
        <translation>Votre dernière vérification de la liste DPF</translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>Modifier {what} de {name}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
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
    <name>ProjectLocks</name>
    <message>
        <source>Opening read-only</source>
        <translation>Ouverture en lecture seule</translation>
    </message>
    <message>
        <source>{path}: no lock file can be made here ({reason}); the project opens read-only.</source>
        <translation>{path} : aucun fichier de verrou ne peut être créé ici ({reason}) ; le projet s&apos;ouvre en lecture seule.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Save under another name.</source>
        <translation>Enregistrez sous un autre nom.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>a project never saved</source>
        <translation>un projet jamais enregistré</translation>
    </message>
    <message>
        <source>autosaved {time}</source>
        <translation>sauvegardé automatiquement le {time}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Open the recovered work (it is unsaved until you save it)</source>
        <translation>Ouvrir le travail récupéré (non enregistré tant que vous ne l&apos;enregistrez pas)</translation>
    </message>
    <message>
        <source>Delete the recovered work for good</source>
        <translation>Supprimer définitivement le travail récupéré</translation>
    </message>
    <message>
        <source>Keep the recovered work and ask again next time</source>
        <translation>Conserver le travail récupéré et redemander la prochaine fois</translation>
    </message>
    <message>
        <source>Transfer Atlas did not close properly. This work was autosaved:</source>
        <translation>Transfer Atlas ne s&apos;est pas fermé correctement. Ce travail a été sauvegardé automatiquement :</translation>
    </message>
</context>
<context>
    <name>RegisterMapping</name>
    <message>
        <source>Registers and sub-processor lists</source>
        <translation>Registres et listes de sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Import register with column &amp;mapping…</source>
        <translation>Importer un registre avec &amp;association des colonnes…</translation>
    </message>
    <message>
        <source>Say what each column of a register holds, then import it</source>
        <translation>Indiquer ce que contient chaque colonne d&apos;un registre, puis l&apos;importer</translation>
    </message>
    <message>
        <source>Import register with column mapping</source>
        <translation>Importer un registre avec association des colonnes</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assess the transfers as the law stands on this date</source>
        <translation>Évaluer les transferts selon le droit en vigueur à cette date</translation>
    </message>
    <message>
        <source>A what-if: compare the findings with today&apos;s law</source>
        <translation>Une simulation : comparer les constats avec le droit actuel</translation>
    </message>
    <message>
        <source>Current law</source>
        <translation>Droit actuel</translation>
    </message>
    <message>
        <source>Withdraw adequacy</source>
        <translation>Retirer l&apos;adéquation</translation>
    </message>
    <message>
        <source>Treat any adequacy decision as withdrawn</source>
        <translation>Traiter une décision d&apos;adéquation comme retirée</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
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
    <name>SourcesPanel</name>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>Highlighted: blue, a party was read here; yellow, a flow; red, a flagged flow. Click a highlight to select what was read from it.</source>
        <translation>Surlignage : bleu, une partie a été lue ici ; jaune, un flux ; rouge, un flux signalé. Cliquez sur un surlignage pour sélectionner ce qui en a été lu.</translation>
    </message>
    <message>
        <source>Select a source to read it.</source>
        <translation>Sélectionnez une source pour la lire.</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Ce fichier n&apos;a pas pu être lu :</translation>
    </message>
    <message numerus="yes">
        <source>%n facts highlighted</source>
        <translation>
            <numerusform>%n fait surligné</numerusform>
            <numerusform>%n faits surlignés</numerusform>
        </translation>
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
<context>
    <name>TeamLink</name>
    <message>
        <source>The team register&apos;s URL: postgresql://USER@HOST:PORT/DATABASE?project=NAME
The password is read from your PostgreSQL password file (~/.pgpass) or a service file (?service=NAME); it is never typed here nor remembered.</source>
        <translation>L&apos;URL du registre d&apos;équipe : postgresql://UTILISATEUR@HÔTE:PORT/BASE?project=NOM
Le mot de passe est lu dans votre fichier de mots de passe PostgreSQL (~/.pgpass) ou un fichier de service (?service=NOM) ; il n&apos;est jamais saisi ici ni mémorisé.</translation>
    </message>
    <message>
        <source>The URL holds a password. Put the password in your PostgreSQL password file (~/.pgpass, or %APPDATA%\postgresql\pgpass.conf on Windows) or a service file, and connect with {url}</source>
        <translation>L&apos;URL contient un mot de passe. Placez le mot de passe dans votre fichier de mots de passe PostgreSQL (~/.pgpass, ou %APPDATA%\postgresql\pgpass.conf sous Windows) ou un fichier de service, et connectez-vous avec {url}</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Register…</source>
        <translation>Se connecter au registre d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <source>Open a project kept in a PostgreSQL team register</source>
        <translation>Ouvrir un projet tenu dans un registre d&apos;équipe PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to team register</source>
        <translation>Se connecter au registre d&apos;équipe</translation>
    </message>
    <message>
        <source>Cannot open the team register</source>
        <translation>Impossible d&apos;ouvrir le registre d&apos;équipe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Your change stays in this window and is saved with your next edit.</source>
        <translation>Votre modification reste dans cette fenêtre et sera enregistrée avec votre prochaine modification.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>history unavailable: {reason}</source>
        <translation>historique indisponible : {reason}</translation>
    </message>
</context>
</TS>
