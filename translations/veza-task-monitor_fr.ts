<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Veza Task Monitor</source>
        <translation>À propos de Veza Task Monitor</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icône de l&apos;application</translation>
    </message>
    <message>
        <source>Veza Task Monitor</source>
        <translation>Veza Task Monitor</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Watches Veza async tasks until they complete.</source>
        <translation>Surveille les tâches asynchrones Veza jusqu&apos;à leur achèvement.</translation>
    </message>
    <message>
        <source>Running on Qt %1, built with Qt %2.</source>
        <translation>Fonctionne avec Qt %1, compilé avec Qt %2.</translation>
    </message>
    <message>
        <source>Veza Task Monitor is free software under the MIT licence.
Qt is used under the GNU Lesser General Public License version 3 (LGPLv3).
QtKeychain is used under the BSD 3-Clause licence.</source>
        <translation>Veza Task Monitor est un logiciel libre sous licence MIT.
Qt est utilisé sous la GNU Lesser General Public License version 3 (LGPLv3).
QtKeychain est utilisé sous la licence BSD à 3 clauses.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translation>Copier les versions pour un rapport de bogue</translation>
    </message>
    <message>
        <source>This program uses Qt version %1.</source>
        <translation>Ce programme utilise Qt version %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development. It is available under commercial licences and under the GNU Lesser General Public License version 3 (LGPLv3); this program uses it under the LGPLv3. See https://www.qt.io/licensing/ for an overview of Qt licensing.</source>
        <translation>Qt est une boîte à outils C++ pour le développement d&apos;applications multiplateformes. Elle est disponible sous licences commerciales et sous la GNU Lesser General Public License version 3 (LGPLv3) ; ce programme l&apos;utilise sous la LGPLv3. Voir https://www.qt.io/licensing/ pour un aperçu des licences de Qt.</translation>
    </message>
</context>
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation>Ajouter des tâches</translation>
    </message>
    <message>
        <source>Paste anything that holds task ids: API answers, curl output, log lines, task URLs, table columns or lists. Nothing is sent before you choose Add.</source>
        <translation>Collez tout ce qui contient des identifiants de tâches : réponses d&apos;API, sorties de curl, lignes de journal, URL de tâches, colonnes de tableau ou listes. Rien n&apos;est envoyé avant que vous choisissiez Ajouter.</translation>
    </message>
    <message>
        <source>Optional, for every task added, e.g. Quarterly access review</source>
        <translation>Facultatif, pour chaque tâche ajoutée, p. ex. Revue trimestrielle des accès</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>dialog button</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The Veza tenant these tasks belong to</source>
        <translation>L&apos;instance Veza à laquelle ces tâches appartiennent</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>Showing the first %1 KiB of %2 KiB, read-only; the preview covers all of it.</source>
        <translation>Affichage des %1 premiers Kio sur %2 Kio, en lecture seule ; l&apos;aperçu couvre la totalité.</translation>
    </message>
    <message>
        <source>Read-only: these ids were read when the text arrived.</source>
        <translation>Lecture seule : ces identifiants ont été lus à l&apos;arrivée du texte.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation>Rien à ajouter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No task ids found: nothing will be added. Task ids are UUIDs, task URLs, the id fields of API answers, an id column or a list of ids.</source>
        <translation>Aucun identifiant de tâche trouvé : rien ne sera ajouté. Les identifiants de tâches sont des UUID, des URL de tâches, les champs id des réponses d&apos;API, une colonne d&apos;identifiants ou une liste d&apos;identifiants.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) will be added.</source>
        <translation>
            <numerusform>%n identifiant sera ajouté.</numerusform>
            <numerusform>%n identifiants seront ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Rien de nouveau à ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n unticked.</source>
        <translation>
            <numerusform>%n décoché.</numerusform>
            <numerusform>%n décochés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched.</source>
        <translation>
            <numerusform>%n déjà suivi.</numerusform>
            <numerusform>%n déjà suivis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (listed below with why).</source>
        <translation>
            <numerusform>%n écarté (listé ci-dessous avec la raison).</numerusform>
            <numerusform>%n écartés (listés ci-dessous avec la raison).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgeClass</name>
    <message>
        <source>under a minute</source>
        <comment>age class</comment>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>under 10 minutes</source>
        <comment>age class</comment>
        <translation>moins de 10 minutes</translation>
    </message>
    <message>
        <source>under an hour</source>
        <comment>age class</comment>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <source>under 6 hours</source>
        <comment>age class</comment>
        <translation>moins de 6 heures</translation>
    </message>
    <message>
        <source>under a day</source>
        <comment>age class</comment>
        <translation>moins d&apos;un jour</translation>
    </message>
    <message>
        <source>over a day</source>
        <comment>age class</comment>
        <translation>plus d&apos;un jour</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>certificate date</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <source>Certificate Refused</source>
        <translation>Certificat refusé</translation>
    </message>
    <message>
        <source>The server of “%1” showed a certificate that is not trusted, so nothing was sent to it.</source>
        <translation>Le serveur de « %1 » a présenté un certificat non approuvé ; rien ne lui a donc été envoyé.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison n&apos;a été donnée.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. Trusting pins this exact certificate for “%1” only: other connections are not affected, and a renewed certificate is refused again. If your organisation inspects TLS traffic, adding its CA certificate file to the connection is the better fix.</source>
        <translation>Comparez l&apos;empreinte avec celle que vous donne votre administrateur. Faire confiance épingle ce certificat précis pour « %1 » uniquement : les autres connexions ne sont pas concernées, et un certificat renouvelé sera de nouveau refusé. Si votre organisation inspecte le trafic TLS, ajouter le fichier de son certificat d&apos;AC à la connexion est la meilleure solution.</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>Faire confiance à ce certificat pour %1</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Erreurs :</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation>Le fichier d&apos;AC « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CA file “%1” could not be read: %2.</source>
        <translation>Le fichier d&apos;AC « %1 » n&apos;a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>The CA file “%1” is larger than %2; a file of CA certificates is far smaller. Choose a PEM file that holds only the CA certificates.</source>
        <translation>Le fichier d&apos;AC « %1 » dépasse %2 ; un fichier de certificats d&apos;AC est bien plus petit. Choisissez un fichier PEM qui ne contient que les certificats d&apos;AC.</translation>
    </message>
    <message>
        <source>The file “%1” holds no certificate in PEM form (text blocks that start with -----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier « %1 » ne contient aucun certificat au format PEM (blocs de texte commençant par -----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>polling %1</source>
        <translation>interrogation de %1</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <comment>menu</comment>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the address of your Veza tenant, for example https://your-org.vezacloud.com.</source>
        <translation>Saisissez l&apos;adresse de votre instance Veza, par exemple https://your-org.vezacloud.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>« %1 » n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported (http:// for this computer only).</source>
        <translation>Seules les adresses https:// sont prises en charge (http:// pour cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// for %1.</source>
        <translation>Le simple http:// enverrait la clé d&apos;API en clair ; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the address.</source>
        <translation>Saisissez la clé d&apos;API dans le champ de la clé, pas dans l&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>%1 (this session)</source>
        <comment>connection from VEZA_URL</comment>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Enter the address of the Veza tenant.</source>
        <translation>Saisissez l&apos;adresse de l&apos;instance Veza.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>Saisissez l&apos;hôte et le port du proxy.</translation>
    </message>
    <message>
        <source>Requests per second must be %1.</source>
        <translation>Les requêtes par seconde doivent être %1.</translation>
    </message>
    <message>
        <source>Requests at once must be %1.</source>
        <translation>Les requêtes simultanées doivent être %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connections…</source>
        <comment>banner button</comment>
        <translation>Connexions…</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Opens what fixes the connection problem</source>
        <translation>Ouvre ce qui corrige le problème de connexion</translation>
    </message>
    <message>
        <source>Task list problem</source>
        <translation>Problème de liste des tâches</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>banner button</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>no API key; enter it in Connections.</source>
        <translation>aucune clé d&apos;API ; saisissez-la dans Connexions.</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>interrogation</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) polling</source>
        <translation>
            <numerusform>%n connexion interrogée</numerusform>
            <numerusform>%n connexions interrogées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) polling · %2</source>
        <translation>
            <numerusform>%1 connexion interrogée sur %n · %2</numerusform>
            <numerusform>%1 connexions interrogées sur %n · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: add your Veza tenant&apos;s address and API key in Connections.</source>
        <translation>Non connecté : ajoutez l&apos;adresse et la clé d&apos;API de votre instance Veza dans Connexions.</translation>
    </message>
    <message>
        <source>Show Certificate…</source>
        <comment>banner button</comment>
        <translation>Afficher le certificat…</translation>
    </message>
    <message>
        <source>Veza Task Monitor</source>
        <translation>Veza Task Monitor</translation>
    </message>
    <message>
        <source>%1 — Veza Task Monitor</source>
        <translation>%1 — Veza Task Monitor</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be saved in the system keychain.</source>
        <translation>La clé d&apos;API de « %1 » n&apos;a pas pu être enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Archive — %1</source>
        <comment>window title</comment>
        <translation>Archives — %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Hide what you typed</source>
        <translation>Masquer la saisie</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation>Enregistré. Les secrets sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>connection</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>connection</comment>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Review Certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Remplacer la clé…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Veza &amp;address:</source>
        <translation>&amp;Adresse Veza :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>System proxy (default)</source>
        <translation>Proxy du système (par défaut)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <comment>proxy host placeholder</comment>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Seulement si le proxy en demande un</translation>
    </message>
    <message>
        <source>Replace Password…</source>
        <translation>Remplacer le mot de passe…</translation>
    </message>
    <message>
        <source>Only when your organisation inspects TLS traffic</source>
        <translation>Seulement si votre organisation inspecte le trafic TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy :</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Hôte du proxy :</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>&amp;Utilisateur du proxy :</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>&amp;Mot de passe du proxy :</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificats &amp;d&apos;AC supplémentaires :</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted beside the system&apos;s, for this connection only.</source>
        <translation>Un fichier PEM de certificats d&apos;AC approuvés en plus de ceux du système, pour cette connexion uniquement.</translation>
    </message>
    <message>
        <source>Server certificates you chose to trust for this connection after it refused them.</source>
        <translation>Certificats de serveur que vous avez choisi d&apos;approuver pour cette connexion après leur refus.</translation>
    </message>
    <message>
        <source>Trust No Longer</source>
        <translation>Ne plus faire confiance</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>Save to stop trusting it.</source>
        <translation>Enregistrez pour ne plus lui faire confiance.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the new connection?</source>
        <translation>Enregistrer la nouvelle connexion ?</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 · this session</source>
        <comment>connection list</comment>
        <translation>%1 · cette session</translation>
    </message>
    <message>
        <source>%1 · key for this session only</source>
        <comment>connection list</comment>
        <translation>%1 · clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Tasks are read from %1</source>
        <translation>Les tâches sont lues depuis %1</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Used for this session only (not saved)</source>
        <translation>Utilisée pour cette session uniquement (non enregistrée)</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No key saved for this connection.</source>
        <translation>Aucune clé enregistrée pour cette connexion.</translation>
    </message>
    <message>
        <source>From Administration &gt; API Keys in Veza</source>
        <translation>Depuis Administration &gt; API Keys dans Veza</translation>
    </message>
    <message>
        <source>The new key (the saved one stays until you save)</source>
        <translation>La nouvelle clé (l&apos;ancienne reste jusqu&apos;à l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>The new password (the saved one stays until you save)</source>
        <translation>Le nouveau mot de passe (l&apos;ancien reste jusqu&apos;à l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>A new connection: it is used once you save it.</source>
        <translation>Une nouvelle connexion : elle est utilisée dès que vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Enter the API key (from Administration &gt; API Keys in Veza).</source>
        <translation>Saisissez la clé d&apos;API (depuis Administration &gt; API Keys dans Veza).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved for this session.</source>
        <translation>Enregistré pour cette session.</translation>
    </message>
    <message>
        <source>Saved. Storing the secrets in the system keychain…</source>
        <translation>Enregistré. Stockage des secrets dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Saved, but the system keychain did not keep the secrets.</source>
        <translation>Enregistré, mais le trousseau du système n&apos;a pas conservé les secrets.</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>The system keychain did not keep the secrets of “%1”.</source>
        <translation>Le trousseau du système n&apos;a pas conservé les secrets de « %1 ».</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Saved; the key is used for this session only.</source>
        <translation>Enregistré ; la clé n&apos;est utilisée que pour cette session.</translation>
    </message>
    <message>
        <source>Saved without its key: enter it again once the keychain works.</source>
        <translation>Enregistré sans sa clé : saisissez-la de nouveau quand le trousseau fonctionnera.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Supprimer la connexion « %1 » ?</translation>
    </message>
    <message>
        <source>It was for this session only.</source>
        <translation>Elle ne valait que pour cette session.</translation>
    </message>
    <message>
        <source>Its key is deleted from the system keychain.</source>
        <translation>Sa clé est effacée du trousseau du système.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>connection</comment>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n task(s). What should happen to them?</source>
        <translation>
            <numerusform>« %1 » a %n tâche. Que faut-il en faire ?</numerusform>
            <numerusform>« %1 » a %n tâches. Que faut-il en faire ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move the %n task(s) to</source>
        <translation>
            <numerusform>&amp;Déplacer %n tâche vers</numerusform>
            <numerusform>&amp;Déplacer les %n tâches vers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove the connection and its %n task(s)</source>
        <translation>
            <numerusform>&amp;Supprimer la connexion et sa tâche (%n)</numerusform>
            <numerusform>&amp;Supprimer la connexion et ses %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other connection to move them to.</source>
        <translation>Il n&apos;y a aucune autre connexion vers laquelle les déplacer.</translation>
    </message>
    <message>
        <source>Extra CA Certificates</source>
        <translation>Certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificates are trusted.</source>
        <translation>Aucun : seuls les certificats du système sont approuvés.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>—</source>
        <comment>no status yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Select a task to see its details</source>
        <translation>Sélectionnez une tâche pour voir ses détails</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Écoulé :</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Dernière vérification :</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Dernière réponse :</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <source>Polling:</source>
        <translation>Interrogation :</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Dernière requête :</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Statut HTTP :</translation>
    </message>
    <message>
        <source>Error code:</source>
        <comment>Veza&apos;s code field</comment>
        <translation>Code d&apos;erreur :</translation>
    </message>
    <message>
        <source>Message:</source>
        <comment>Veza&apos;s message field</comment>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Details:</source>
        <comment>Veza&apos;s detail messages</comment>
        <translation>Détails :</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Identifiant de requête :</translation>
    </message>
    <message>
        <source>Copy Error</source>
        <translation>Copier l&apos;erreur</translation>
    </message>
    <message>
        <source>Copy a summary for a support ticket: the task, its connection, state, errors and request ids</source>
        <translation>Copier un résumé pour un ticket d&apos;assistance : la tâche, sa connexion, son état, ses erreurs et les identifiants de requête</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en tant que curl</translation>
    </message>
    <message>
        <source>Copy the task&apos;s request as a curl command; the API key is left to $VEZA_TOKEN</source>
        <translation>Copier la requête de la tâche en commande curl ; la clé d&apos;API est laissée à $VEZA_TOKEN</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Autres champs :</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline</comment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <comment>timeline</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>timeline</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time in state</source>
        <comment>timeline</comment>
        <translation>Durée dans l&apos;état</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>requests</comment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>HTTP</source>
        <comment>requests</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <comment>requests</comment>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>requests</comment>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>requests</comment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Request id</source>
        <comment>requests</comment>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>details section</comment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>details section</comment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Requests</source>
        <comment>details section</comment>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Error reason (error_reason):</source>
        <translation>Raison de l&apos;erreur (error_reason) :</translation>
    </message>
    <message>
        <source>Error detail (error_status):</source>
        <translation>Détail de l&apos;erreur (error_status) :</translation>
    </message>
    <message>
        <source>Result (%1)</source>
        <translation>Résultat (%1)</translation>
    </message>
    <message>
        <source>This client does not know this value: a newer server may have sent it.</source>
        <translation>Ce client ne connaît pas cette valeur : un serveur plus récent l&apos;a peut-être envoyée.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no label</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>En attente de la première réponse…</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>⚠ Showing the last known state: requests have failed since %1.</source>
        <translation>⚠ Dernier état connu : les requêtes échouent depuis %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The result appears here when the task has completed.</source>
        <translation>Le résultat apparaît ici quand la tâche est terminée.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no HTTP status</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>request outcome</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>time in the current state</comment>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Next check due</source>
        <translation>Prochaine vérification due</translation>
    </message>
    <message>
        <source>Next check in %1</source>
        <translation>Prochaine vérification dans %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>polling</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>The saved result could not be read from the task list.</source>
        <translation>Le résultat enregistré n&apos;a pas pu être lu depuis la liste des tâches.</translation>
    </message>
    <message>
        <source>Reading the result…</source>
        <translation>Lecture du résultat…</translation>
    </message>
    <message>
        <source>Error reason (error_reason), code %1:</source>
        <translation>Raison de l&apos;erreur (error_reason), code %1 :</translation>
    </message>
    <message>
        <source>Error detail (error_status), code %1:</source>
        <translation>Détail de l&apos;erreur (error_status), code %1 :</translation>
    </message>
    <message>
        <source>The task sent no result.</source>
        <translation>La tâche n&apos;a envoyé aucun résultat.</translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation>… %1 de plus non affichés</translation>
    </message>
    <message>
        <source>HTTP %1 in %L2 ms</source>
        <translation>HTTP %1 en %L2 ms</translation>
    </message>
    <message>
        <source>No HTTP answer (after %L1 ms)</source>
        <translation>Pas de réponse HTTP (après %L1 ms)</translation>
    </message>
    <message>
        <source>retry %L1</source>
        <translation>nouvel essai %L1</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>The selected task: its fields, errors, result, timeline and requests</source>
        <translation>La tâche sélectionnée : ses champs, erreurs, résultat, historique et requêtes</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <source>Fields of the task this version does not show on their own</source>
        <translation>Champs de la tâche que cette version n&apos;affiche pas séparément</translation>
    </message>
    <message>
        <source>Task sections</source>
        <translation>Sections de la tâche</translation>
    </message>
    <message>
        <source>The task&apos;s fields, its timeline and its last requests</source>
        <translation>Les champs de la tâche, son historique et ses dernières requêtes</translation>
    </message>
    <message>
        <source>Task fields</source>
        <translation>Champs de la tâche</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Each state and status the task went through, with its time</source>
        <translation>Chaque état et statut par lequel la tâche est passée, avec son heure</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>The last requests for this task: HTTP status, latency, outcome</source>
        <translation>Les dernières requêtes pour cette tâche : statut HTTP, latence, issue</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Raison de l&apos;erreur</translation>
    </message>
    <message>
        <source>Error detail</source>
        <translation>Détail de l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>JSON field %1</source>
        <translation>champ JSON %1</translation>
    </message>
    <message>
        <source>task URL</source>
        <translation>URL de tâche</translation>
    </message>
    <message>
        <source>list of ids</source>
        <translation>liste d&apos;identifiants</translation>
    </message>
    <message>
        <source>UUID in text</source>
        <translation>UUID dans le texte</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>colonne « %1 »</translation>
    </message>
    <message>
        <source>request or trace id (labelled “%1”)</source>
        <translation>identifiant de requête ou de trace (étiqueté « %1 »)</translation>
    </message>
    <message>
        <source>request or trace id (JSON field %1)</source>
        <translation>identifiant de requête ou de trace (champ JSON %1)</translation>
    </message>
    <message>
        <source>inside a task&apos;s result (%1)</source>
        <translation>dans le résultat d&apos;une tâche (%1)</translation>
    </message>
    <message>
        <source>inside error details (%1)</source>
        <translation>dans les détails d&apos;une erreur (%1)</translation>
    </message>
    <message>
        <source>not a task id field (%1)</source>
        <translation>pas un champ d&apos;identifiant de tâche (%1)</translation>
    </message>
    <message>
        <source>not the id column (column “%1”)</source>
        <translation>pas la colonne des identifiants (colonne « %1 »)</translation>
    </message>
    <message>
        <source>not a UUID, and the text is no list of ids</source>
        <translation>pas un UUID, et le texte n&apos;est pas une liste d&apos;identifiants</translation>
    </message>
    <message>
        <source>cannot be sent: %1</source>
        <translation>ne peut pas être envoyé : %1</translation>
    </message>
    <message>
        <source>no id, in the id column (“%1”)</source>
        <translation>aucun identifiant dans la colonne des identifiants (« %1 »)</translation>
    </message>
    <message>
        <source>The text is larger than %1 MiB: nothing was read from it.</source>
        <translation>Le texte dépasse %1 Mio : rien n&apos;y a été lu.</translation>
    </message>
    <message>
        <source>Only the first %L1 ids are kept.</source>
        <translation>Seuls les %L1 premiers identifiants sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>%n more left out (not listed).</source>
        <translation>
            <numerusform>%n autre écarté (non listé).</numerusform>
            <numerusform>%n autres écartés (non listés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: %1</source>
        <translation>
            <numerusform>%n écarté : %1</numerusform>
            <numerusform>%n écartés : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdParser</name>
    <message>
        <source>empty id</source>
        <translation>identifiant vide</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>“%1” cannot be sent as a task id</source>
        <translation>« %1 » ne peut pas être envoyé comme identifiant de tâche</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries skipped: not task ids (%1).</source>
        <translation>
            <numerusform>%Ln entrée ignorée : pas un identifiant de tâche (%1).</numerusform>
            <numerusform>%Ln entrées ignorées : pas des identifiants de tâches (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPreviewModel</name>
    <message>
        <source>left out: %1</source>
        <translation>écarté : %1</translation>
    </message>
    <message>
        <source>already watched</source>
        <translation>déjà suivi</translation>
    </message>
    <message>
        <source>Task id</source>
        <comment>preview column</comment>
        <translation>Identifiant de tâche</translation>
    </message>
    <message>
        <source>Found in</source>
        <comment>preview column</comment>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>preview column</comment>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>JsonIndex</name>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>séquence d&apos;échappement \u non valide</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>séquence d&apos;échappement non valide dans une chaîne</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation>aucune valeur JSON</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>clé entre guillemets attendue</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>« : » attendu après la clé</translation>
    </message>
    <message>
        <source>too many values</source>
        <translation>trop de valeurs</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation>texte après la fin de la valeur</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>« , » ou « } » attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>« , » ou « ] » attendu</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3) : %4</translation>
    </message>
    <message>
        <source>The JSON text is larger than 4 GiB.</source>
        <translation>Le texte JSON dépasse 4 Gio.</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>(value)</source>
        <comment>column of array items that are not objects</comment>
        <translation>(valeur)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <comment>JSON tree column</comment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>JSON tree column</comment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>JSON tree column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>JSON tree column</comment>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>JSON tree column</comment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objet</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No system keychain answered: install or unlock one that offers the Secret Service (GNOME Keyring, KWallet or another provider) and try again; until then, the key is used for this session only.</source>
        <translation>Aucun trousseau du système n&apos;a répondu : installez ou déverrouillez-en un qui offre le Secret Service (GNOME Keyring, KWallet ou un autre fournisseur) et réessayez ; d&apos;ici là, la clé n&apos;est utilisée que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain entry for the key has no name.</source>
        <translation>L&apos;entrée du trousseau pour la clé n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The system keychain refused to give out the key: unlock it or allow this app, then try again.</source>
        <translation>Le trousseau du système a refusé de donner la clé : déverrouillez-le ou autorisez cette application, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the key: unlock it or allow this app, then try again.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé : déverrouillez-le ou autorisez cette application, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused to remove the key: unlock it or allow this app, then try again.</source>
        <translation>Le trousseau du système a refusé de supprimer la clé : déverrouillez-le ou autorisez cette application, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not read the key (%1).</source>
        <translation>Le trousseau du système n&apos;a pas pu lire la clé (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer la clé (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>Le trousseau du système n&apos;a pas pu supprimer la clé (%1).</translation>
    </message>
</context>
<context>
    <name>LoadLimits</name>
    <message>
        <source>a number of requests per second from %1 to %2</source>
        <translation>un nombre de requêtes par seconde de %1 à %2</translation>
    </message>
    <message>
        <source>a whole number of requests from %1 to %2</source>
        <translation>un nombre entier de requêtes de %1 à %2</translation>
    </message>
</context>
<context>
    <name>LoadLimitsBox</name>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>How much load polling this connection puts on the Veza tenant. Raise it only when the tenant&apos;s owners agree: a 429 answer still pauses polling.</source>
        <translation>La charge que l&apos;interrogation de cette connexion impose à l&apos;instance Veza. Ne l&apos;augmentez qu&apos;avec l&apos;accord des responsables de l&apos;instance : une réponse 429 met toujours l&apos;interrogation en pause.</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>Re&amp;quêtes :</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requêtes &amp;simultanées :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not read.</source>
        <translation>%1 dépasse %2 Mio : non lu.</translation>
    </message>
    <message>
        <source>Veza Task Monitor</source>
        <translation>Veza Task Monitor</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add task ids (%1)</source>
        <translation>Ajouter des identifiants de tâches (%1)</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop watching the selected tasks (Delete)</source>
        <translation>Ne plus suivre les tâches sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Refresh Now</source>
        <comment>toolbar</comment>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Ask Veza now about the selected tasks, or all when none is selected (F5)</source>
        <translation>Interroger Veza maintenant sur les tâches sélectionnées, ou sur toutes si aucune n&apos;est sélectionnée (F5)</translation>
    </message>
    <message>
        <source>Pause Selected</source>
        <comment>context menu</comment>
        <translation>Mettre en pause la sélection</translation>
    </message>
    <message>
        <source>Stop polling the selected tasks until resumed</source>
        <translation>Arrêter d&apos;interroger les tâches sélectionnées jusqu&apos;à la reprise</translation>
    </message>
    <message>
        <source>Resume Selected</source>
        <comment>context menu</comment>
        <translation>Reprendre la sélection</translation>
    </message>
    <message>
        <source>Poll the selected tasks again, including ones no longer watched</source>
        <translation>Interroger de nouveau les tâches sélectionnées, y compris celles qui ne sont plus suivies</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>toolbar</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume polling</source>
        <translation>Mettre en pause ou reprendre l&apos;interrogation</translation>
    </message>
    <message>
        <source>Connections…</source>
        <comment>toolbar</comment>
        <translation>Connexions…</translation>
    </message>
    <message>
        <source>Veza tenants: addresses, API keys, proxies and certificates</source>
        <translation>Instances Veza : adresses, clés d&apos;API, proxys et certificats</translation>
    </message>
    <message>
        <source>Copy Id</source>
        <comment>context menu</comment>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <source>Paste Ids</source>
        <comment>context menu</comment>
        <translation>Coller des identifiants</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>action</comment>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Import…</source>
        <comment>action</comment>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add the task ids found in .txt, .csv, .tsv, .json, .jsonl or .log files</source>
        <translation>Ajouter les identifiants de tâches trouvés dans des fichiers .txt, .csv, .tsv, .json, .jsonl ou .log</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>action</comment>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write every task to a CSV or JSON file</source>
        <translation>Écrire toutes les tâches dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <comment>action</comment>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Write the selected tasks to a CSV or JSON file</source>
        <translation>Écrire les tâches sélectionnées dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>action</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>action</comment>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>action</comment>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Move the selected completed tasks to the archive (they stay saved)</source>
        <translation>Déplacer les tâches terminées sélectionnées dans l&apos;archive (elles restent enregistrées)</translation>
    </message>
    <message>
        <source>Archive All Completed</source>
        <comment>action</comment>
        <translation>Archiver toutes les tâches terminées</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s).</source>
        <translation>
            <numerusform>%n tâche archivée.</numerusform>
            <numerusform>%n tâches archivées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Archive</source>
        <comment>action</comment>
        <translation>Restaurer depuis l&apos;archive</translation>
    </message>
    <message>
        <source>Archived Tasks</source>
        <comment>action</comment>
        <translation>Tâches archivées</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>action</comment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <comment>menu</comment>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Archive Automatically</source>
        <comment>menu</comment>
        <translation>Archiver automatiquement</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>auto-archive</comment>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n Day(s) After Completion</source>
        <comment>auto-archive</comment>
        <translation>
            <numerusform>%n jour après la fin</numerusform>
            <numerusform>%n jours après la fin</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Show the tasks of one connection</source>
        <translation>Afficher les tâches d&apos;une connexion</translation>
    </message>
    <message>
        <source>Filter tasks…</source>
        <translation>Filtrer les tâches…</translation>
    </message>
    <message>
        <source>Show only the tasks whose columns contain this text (%1)</source>
        <translation>N&apos;afficher que les tâches dont les colonnes contiennent ce texte (%1)</translation>
    </message>
    <message>
        <source>Move to Connection</source>
        <comment>menu</comment>
        <translation>Déplacer vers la connexion</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>tab</comment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>tab</comment>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>toolbar</comment>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation en pause</translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>Aucune requête en cours</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to %1.</source>
        <translation>
            <numerusform>%n tâche déplacée vers %1.</numerusform>
            <numerusform>%n tâches déplacées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <comment>tab</comment>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Aucune tâche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No tasks yet.
Paste task ids here with %1, drop a file here, or use Add (%2).</source>
        <translation>Aucune tâche pour l&apos;instant.
Collez ici des identifiants de tâches avec %1, déposez un fichier ici ou utilisez Ajouter (%2).</translation>
    </message>
    <message>
        <source>Reading the saved task list…</source>
        <translation>Lecture de la liste des tâches enregistrée…</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Task(s)</source>
        <translation>
            <numerusform>Ajouter %n tâche</numerusform>
            <numerusform>Ajouter %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s).</source>
        <translation>
            <numerusform>%n tâche ajoutée.</numerusform>
            <numerusform>%n tâches ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 undoes it.</source>
        <translation>%1 l&apos;annule.</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list.</source>
        <translation>
            <numerusform>%n déjà dans la liste.</numerusform>
            <numerusform>%n déjà dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task ids found.</source>
        <translation>Aucun identifiant de tâche trouvé.</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation>Rien à coller : le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Task Ids</source>
        <translation>Importer des identifiants de tâches</translation>
    </message>
    <message>
        <source>Files with task ids (%1)</source>
        <translation>Fichiers d&apos;identifiants de tâches (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported: %1. Task ids are read from .txt, .csv, .tsv, .json, .jsonl and .log files.</source>
        <translation>Non importé : %1. Les identifiants de tâches sont lus dans les fichiers .txt, .csv, .tsv, .json, .jsonl et .log.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>%n identifiant copié.</numerusform>
            <numerusform>%n identifiants copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tasks</source>
        <comment>dialog title</comment>
        <translation>Retirer des tâches</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)?</source>
        <translation>
            <numerusform>Retirer %n tâche ?</numerusform>
            <numerusform>Retirer %n tâches ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have results, which are discarded with them. Edit › Undo brings them back until the app is closed.</source>
        <translation>
            <numerusform>%n d&apos;entre elles a des résultats, qui sont supprimés avec elle. Édition › Annuler les rétablit jusqu&apos;à la fermeture de l&apos;application.</numerusform>
            <numerusform>%n d&apos;entre elles ont des résultats, qui sont supprimés avec elles. Édition › Annuler les rétablit jusqu&apos;à la fermeture de l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button</comment>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Task(s)</source>
        <translation>
            <numerusform>Retirer %n tâche</numerusform>
            <numerusform>Retirer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n task(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>%n tâche retirée. Édition › Annuler la rétablit.</numerusform>
            <numerusform>%n tâches retirées. Édition › Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only completed tasks can be archived.</source>
        <translation>Seules les tâches terminées peuvent être archivées.</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s): View › Archived Tasks shows them.</source>
        <translation>
            <numerusform>%n tâche archivée : Affichage › Tâches archivées l&apos;affiche.</numerusform>
            <numerusform>%n tâches archivées : Affichage › Tâches archivées les affiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n task(s) from the archive.</source>
        <translation>
            <numerusform>%n tâche restaurée depuis l&apos;archive.</numerusform>
            <numerusform>%n tâches restaurées depuis l&apos;archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s) completed more than %1 ago.</source>
        <translation>
            <numerusform>%n tâche terminée il y a plus de %1 archivée.</numerusform>
            <numerusform>%n tâches terminées il y a plus de %1 archivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>auto-archive age</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n task(s) to %1…</source>
        <translation>
            <numerusform>Exportation de %n tâche vers %1…</numerusform>
            <numerusform>Exportation de %n tâches vers %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n tâche exportée vers %1.</numerusform>
            <numerusform>%n tâches exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>Export Selected Tasks</source>
        <translation>Exporter les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>Exporter les tâches</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON, with results (*.json)</source>
        <translation>JSON, avec les résultats (*.json)</translation>
    </message>
    <message>
        <source>veza-tasks-selected</source>
        <comment>file name</comment>
        <translation>veza-taches-selection</translation>
    </message>
    <message>
        <source>veza-tasks</source>
        <comment>file name</comment>
        <translation>veza-taches</translation>
    </message>
    <message>
        <source>Polling paused; requests in flight: %L1</source>
        <translation>Interrogation en pause ; requêtes en cours : %L1</translation>
    </message>
    <message>
        <source>Requests in flight: %L1</source>
        <translation>Requêtes en cours : %L1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>The watched tasks, one a row. %1 removes the selected ones, %2 copies their ids, the menu key opens their actions.</source>
        <translation>Les tâches surveillées, une par ligne. %1 retire celles sélectionnées, %2 copie leurs identifiants, la touche menu ouvre leurs actions.</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>Filtrer les tâches</translation>
    </message>
    <message>
        <source>Connection shown</source>
        <translation>Connexion affichée</translation>
    </message>
    <message>
        <source>Details and notifications</source>
        <translation>Détails et notifications</translation>
    </message>
    <message>
        <source>Task counts</source>
        <translation>Nombre de tâches</translation>
    </message>
    <message>
        <source>Polling activity</source>
        <translation>Activité d&apos;interrogation</translation>
    </message>
    <message>
        <source>Select All</source>
        <comment>action</comment>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>User Guide</source>
        <comment>help menu</comment>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <comment>help menu</comment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Veza Task Monitor</source>
        <comment>help menu</comment>
        <translation>À propos de Veza Task Monitor</translation>
    </message>
    <message>
        <source>About Qt</source>
        <comment>help menu</comment>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>Aucune tâche ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for an answer</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln en attente de réponse</numerusform>
            <numerusform>%Ln en attente de réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln canceled</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln annulée</numerusform>
            <numerusform>%Ln annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln terminée</numerusform>
            <numerusform>%Ln terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete (%1)</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln terminée (%1)</numerusform>
            <numerusform>%Ln terminées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln introuvable</numerusform>
            <numerusform>%Ln introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer watched</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln plus suivie</numerusform>
            <numerusform>%Ln plus suivies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in an unknown state</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln dans un état inconnu</numerusform>
            <numerusform>%Ln dans un état inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 shown</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln affichée sur %L1</numerusform>
            <numerusform>%Ln affichées sur %L1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>state filter</comment>
        <translation>Affic&amp;her :</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>Task succeeded</source>
        <translation>Tâche réussie</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Tâche échouée</translation>
    </message>
    <message>
        <source>Task canceled</source>
        <translation>Tâche annulée</translation>
    </message>
    <message>
        <source>Task completed without a status</source>
        <translation>Tâche terminée sans statut</translation>
    </message>
    <message>
        <source>Task not found</source>
        <translation>Tâche introuvable</translation>
    </message>
    <message>
        <source>Stopped watching a task</source>
        <translation>Suivi d&apos;une tâche arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n introuvable</numerusform>
            <numerusform>%n introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n plus suivie</numerusform>
            <numerusform>%n plus suivies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <translation>
            <numerusform>%n tâche terminée : %1</numerusform>
            <numerusform>%n tâches terminées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation>Problème de connexion : %1</translation>
    </message>
    <message>
        <source>Connection restored: %1</source>
        <translation>Connexion rétablie : %1</translation>
    </message>
    <message>
        <source>Polling goes on.</source>
        <translation>L&apos;interrogation continue.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification Settings</source>
        <translation>Paramètres des notifications</translation>
    </message>
    <message>
        <source>Notify on the desktop when</source>
        <translation>Notifier sur le bureau quand</translation>
    </message>
    <message>
        <source>a task succeeds</source>
        <translation>une tâche réussit</translation>
    </message>
    <message>
        <source>a task fails</source>
        <translation>une tâche échoue</translation>
    </message>
    <message>
        <source>a task is canceled</source>
        <translation>une tâche est annulée</translation>
    </message>
    <message>
        <source>a task is not found</source>
        <translation>une tâche est introuvable</translation>
    </message>
    <message>
        <source>a task is no longer watched</source>
        <translation>une tâche n&apos;est plus suivie</translation>
    </message>
    <message>
        <source>a connection has a problem, and when it recovers</source>
        <translation>une connexion a un problème, et quand elle se rétablit</translation>
    </message>
    <message>
        <source>Completions within two seconds are shown as one notification. Muted tasks and Do Not Disturb silence the desktop; the Notifications tab always lists everything.</source>
        <translation>Les fins survenues en moins de deux secondes sont regroupées en une notification. Les tâches en sourdine et Ne pas déranger rendent le bureau silencieux ; l&apos;onglet Notifications liste toujours tout.</translation>
    </message>
    <message>
        <source>Show an icon in the system tray; closing the window then keeps watching</source>
        <translation>Afficher une icône dans la zone de notification ; fermer la fenêtre continue alors le suivi</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
</context>
<context>
    <name>NotificationsPane</name>
    <message>
        <source>Notifications about finished tasks appear here.</source>
        <translation>Les notifications des tâches terminées apparaissent ici.</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>notifications</comment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Tasks that completed or stopped being watched; Enter shows the task</source>
        <translation>Tâches terminées ou qui ne sont plus surveillées ; Entrée affiche la tâche</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Notification Settings…</source>
        <translation>Paramètres des notifications…</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Mettre les notifications en sourdine</translation>
    </message>
    <message>
        <source>No desktop notification for the selected tasks; the Notifications tab still lists them</source>
        <translation>Aucune notification sur le bureau pour les tâches sélectionnées ; l&apos;onglet Notifications les liste toujours</translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Pause All</source>
        <comment>tray menu</comment>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>tray menu</comment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>do not disturb</comment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On</source>
        <comment>do not disturb</comment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>For One Hour</source>
        <translation>Pendant une heure</translation>
    </message>
    <message>
        <source>Until Tomorrow Morning</source>
        <translation>Jusqu&apos;à demain matin</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped, %3 done</source>
        <translation>%1 en cours, %2 en échec ou arrêtées, %3 terminées</translation>
    </message>
    <message>
        <source>Still running in the tray, watching your tasks. Quit from the tray menu.</source>
        <translation>Toujours actif dans la zone de notification, à suivre vos tâches. Quittez depuis le menu de l&apos;icône.</translation>
    </message>
</context>
<context>
    <name>OutcomeFilter</name>
    <message>
        <source>All</source>
        <comment>state filter</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>state filter</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state filter</comment>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>state filter</comment>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>state filter</comment>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>state filter</comment>
        <translation>Introuvables</translation>
    </message>
</context>
<context>
    <name>PaneNavigator</name>
    <message>
        <source>Details</source>
        <comment>view menu</comment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>view menu</comment>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panneau précédent</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Find in the result…</source>
        <translation>Rechercher dans le résultat…</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>View as Table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show the selected array of objects as a table, to sort or export as CSV</source>
        <translation>Afficher le tableau d&apos;objets sélectionné sous forme de table, pour le trier ou l&apos;exporter en CSV</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>Ouvrir avec…</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>menu button</comment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>View as table, save, or open the result elsewhere</source>
        <translation>Afficher en tableau, enregistrer ou ouvrir le résultat ailleurs</translation>
    </message>
    <message>
        <source>Tree</source>
        <comment>result view</comment>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>result view</comment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Copy JSON Path</source>
        <translation>Copier le chemin JSON</translation>
    </message>
    <message>
        <source>The result appears here when the task has completed.</source>
        <translation>Le résultat apparaît ici quand la tâche est terminée.</translation>
    </message>
    <message>
        <source>Preparing the result…</source>
        <translation>Préparation du résultat…</translation>
    </message>
    <message>
        <source>The result could not be shown: %1</source>
        <translation>Le résultat n&apos;a pas pu être affiché : %1</translation>
    </message>
    <message>
        <source>The result is too large for the text view (%1): use the tree, Save, or Open With.</source>
        <translation>Le résultat est trop volumineux pour la vue texte (%1) : utilisez l&apos;arbre, Enregistrer ou Ouvrir avec.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 as a Table</source>
        <translation>%1 en tableau</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Save Result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>JSON, indented (*.json);;JSON, as received (*.json)</source>
        <translation>JSON, indenté (*.json);;JSON, tel que reçu (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Could not open the result: %1</source>
        <translation>Impossible d&apos;ouvrir le résultat : %1</translation>
    </message>
    <message>
        <source>Find in the result</source>
        <translation>Rechercher dans le résultat</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Result as a tree</source>
        <translation>Résultat en arborescence</translation>
    </message>
    <message>
        <source>Result as text</source>
        <translation>Résultat en texte</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Vues du résultat</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each menu&apos;s actions and the keys that run them</source>
        <translation>Les actions de chaque menu et les touches qui les déclenchent</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>shortcuts dialog</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>shortcuts dialog</comment>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StateFilter</name>
    <message>
        <source>Show only the tasks in this state; combined with the text filter</source>
        <translation>N&apos;afficher que les tâches dans cet état ; combiné avec le filtre de texte</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Show Tasks</source>
        <comment>menu: state filter</comment>
        <translation>Afficher les tâches</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
</context>
<context>
    <name>TaskGetter</name>
    <message>
        <source>the pause ends at %1, after --timeout</source>
        <translation>la pause se termine à %1, après --timeout</translation>
    </message>
    <message>
        <source>no answer within --timeout (%L1 s)</source>
        <translation>aucune réponse dans le délai --timeout (%L1 s)</translation>
    </message>
</context>
<context>
    <name>TaskMonitor</name>
    <message>
        <source>Task succeeded</source>
        <translation>Tâche réussie</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Tâche échouée</translation>
    </message>
    <message>
        <source>Task canceled</source>
        <translation>Tâche annulée</translation>
    </message>
    <message>
        <source>Task completed without a status</source>
        <translation>Tâche terminée sans statut</translation>
    </message>
    <message>
        <source>Task completed: %1</source>
        <translation>Tâche terminée : %1</translation>
    </message>
    <message>
        <source>Not connected: enter the Veza address and API key in Connections.</source>
        <translation>Non connecté : saisissez l&apos;adresse Veza et la clé d&apos;API dans Connexions.</translation>
    </message>
    <message>
        <source>Task not found</source>
        <translation>Tâche introuvable</translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <translation>Interrogation arrêtée</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Suivi arrêté</translation>
    </message>
    <message>
        <source>Rate limited, next request at %1</source>
        <translation>Débit limité, prochaine requête à %1</translation>
    </message>
    <message>
        <source>Offline: polling resumes when the network is back.</source>
        <translation>Hors ligne : l&apos;interrogation reprend au retour du réseau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>TaskOutcome</name>
    <message>
        <source>Queued</source>
        <comment>task outcome</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>task outcome</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>task outcome</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task outcome</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>task outcome</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task outcome</comment>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>task outcome</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Stale: last answer failed</source>
        <comment>task outcome</comment>
        <translation>Périmée : la dernière réponse a échoué</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task outcome</comment>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>TaskProxyModel</name>
    <message>
        <source>Running %1 (%2). The bar under it has one step per age class: 1 min, 10 min, 1 h, 6 h and 24 h, when watching stops; it is not a completion estimate.</source>
        <translation>En cours depuis %1 (%2). La barre en dessous a un palier par classe d&apos;âge : 1 min, 10 min, 1 h, 6 h et 24 h, quand la surveillance s&apos;arrête ; ce n&apos;est pas une estimation d&apos;achèvement.</translation>
    </message>
</context>
<context>
    <name>TaskReader</name>
    <message>
        <source>The server&apos;s answer is unreadable. %1</source>
        <translation>La réponse du serveur est illisible. %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is JSON but not an object.</source>
        <translation>La réponse du serveur est du JSON, mais pas un objet.</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>: the API key is wrong, expired or lacks rights; check VEZA_TOKEN or the file given to --token-file.</source>
        <translation> : la clé d&apos;API est erronée, expirée ou n&apos;a pas les droits ; vérifiez VEZA_TOKEN ou le fichier donné à --token-file.</translation>
    </message>
    <message>
        <source> Server message: %1.</source>
        <translation> Message du serveur : %1.</translation>
    </message>
    <message>
        <source> Request id for Veza support: %1.</source>
        <translation> Identifiant de requête pour l&apos;assistance Veza : %1.</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Unknown</source>
        <comment>task state</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>task state</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>task state</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>task state</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <comment>a state this client does not know</comment>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Unknown state “%1”</source>
        <comment>the state as sent</comment>
        <translation>État inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Unknown</source>
        <comment>task status</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>task status</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>task status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <comment>a status this client does not know</comment>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>Unknown status “%1”</source>
        <comment>the status as sent</comment>
        <translation>Statut inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task list cannot be opened (%1): tasks added now will not be kept.</source>
        <translation>La liste des tâches ne peut pas être ouverte (%1) : les tâches ajoutées maintenant ne seront pas conservées.</translation>
    </message>
    <message>
        <source>The task list at %1 cannot be read (%2); it was left as it is, and tasks added now will not be kept.</source>
        <translation>La liste des tâches %1 ne peut pas être lue (%2) ; elle a été laissée telle quelle, et les tâches ajoutées maintenant ne seront pas conservées.</translation>
    </message>
    <message>
        <source>The task list at %1 is in use by another program: tasks added now will not be kept. Close the other program and restart.</source>
        <translation>La liste des tâches %1 est utilisée par un autre programme : les tâches ajoutées maintenant ne seront pas conservées. Fermez l&apos;autre programme et redémarrez.</translation>
    </message>
    <message>
        <source>The task list at %1 is damaged and its folder is read-only, so it was left as it is (%2).</source>
        <translation>La liste des tâches %1 est endommagée et son dossier est en lecture seule ; elle a donc été laissée telle quelle (%2).</translation>
    </message>
    <message>
        <source>The task list at %1 is damaged and could not be moved aside: tasks added now will not be kept.</source>
        <translation>La liste des tâches %1 est endommagée et n&apos;a pas pu être mise de côté : les tâches ajoutées maintenant ne seront pas conservées.</translation>
    </message>
    <message>
        <source>The task list was damaged; it was moved to %1 and a new one was started.</source>
        <translation>La liste des tâches était endommagée ; elle a été déplacée vers %1 et une nouvelle a été créée.</translation>
    </message>
    <message>
        <source>The task list at %1 was written by a newer version of the app: it is shown read-only, and changes are not saved.</source>
        <translation>La liste des tâches %1 a été écrite par une version plus récente de l&apos;application : elle est affichée en lecture seule, et les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The task list at %1 cannot be written (read-only file or folder): changes are not saved.</source>
        <translation>La liste des tâches %1 ne peut pas être écrite (fichier ou dossier en lecture seule) : les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The task list at %1 could not be prepared (%2): tasks added now will not be kept.</source>
        <translation>La liste des tâches %1 n&apos;a pas pu être préparée (%2) : les tâches ajoutées maintenant ne seront pas conservées.</translation>
    </message>
    <message>
        <source>The task list at %1 could not be read (%2).</source>
        <translation>La liste des tâches %1 n&apos;a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>The task list could not be saved: %1</source>
        <translation>La liste des tâches n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no state yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <comment>first request not answered</comment>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>checking…</source>
        <comment>next check</comment>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>due</source>
        <comment>next check</comment>
        <translation>à échéance</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>next check</comment>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>None (not polled)</source>
        <comment>a task whose connection was removed</comment>
        <translation>Aucune (non interrogée)</translation>
    </message>
    <message>
        <source>Showing the last known state: requests have failed since %1.</source>
        <translation>Dernier état connu : les requêtes échouent depuis %1.</translation>
    </message>
    <message>
        <source>This task&apos;s connection was removed: move it to a connection to poll it again.</source>
        <translation>La connexion de cette tâche a été supprimée : déplacez-la vers une connexion pour l&apos;interroger de nouveau.</translation>
    </message>
    <message>
        <source>Task id</source>
        <comment>column</comment>
        <translation>Identifiant de tâche</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>column</comment>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>column</comment>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Next check</source>
        <comment>column</comment>
        <translation>Prochaine vérification</translation>
    </message>
    <message>
        <source>Last checked</source>
        <comment>column</comment>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Last answer</source>
        <comment>column</comment>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>column</comment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%L1 h %2 min</source>
        <comment>duration</comment>
        <translation>%L1 h %2 min</translation>
    </message>
    <message>
        <source>HTTP %1 · %L2 ms</source>
        <comment>last answer</comment>
        <translation>HTTP %1 · %L2 ms</translation>
    </message>
    <message>
        <source>Failed answers in a row: %L1.</source>
        <translation>Réponses en échec d&apos;affilée : %L1.</translation>
    </message>
</context>
<context>
    <name>TaskWaiter</name>
    <message>
        <source>the API key was rejected; check VEZA_TOKEN or --token-file.</source>
        <translation>la clé d&apos;API a été refusée ; vérifiez VEZA_TOKEN ou --token-file.</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n task(s)</source>
        <translation>
            <numerusform>attente de %n tâche</numerusform>
            <numerusform>attente de %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>: not found (HTTP 404) yet; asking again for up to %1.</source>
        <translation> : pas encore trouvée (HTTP 404) ; nouvelle demande pendant %1 au plus.</translation>
    </message>
    <message>
        <source> Still waiting.</source>
        <translation> Attente toujours en cours.</translation>
    </message>
    <message>
        <source>%1: stopped after the polling policy&apos;s longest watch (%2)</source>
        <translation>%1 : arrêtée après la plus longue durée de suivi de la politique d&apos;interrogation (%2)</translation>
    </message>
    <message>
        <source>timed out after %1; not finished: %2</source>
        <translation>délai dépassé après %1 ; non terminées : %2</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 canceled, %4 not found, %5 unfinished</source>
        <translation>%1 réussies, %2 échouées, %3 annulées, %4 introuvables, %5 non terminées</translation>
    </message>
</context>
<context>
    <name>TrackedTask</name>
    <message>
        <source>Paused</source>
        <comment>polling of one task</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Suivi arrêté</translation>
    </message>
    <message>
        <source>Stopped: refused</source>
        <comment>polling stopped on a permanent error</comment>
        <translation>Arrêtée : refusée</translation>
    </message>
</context>
<context>
    <name>VezaClient</name>
    <message>
        <source>no base URL or API key</source>
        <translation>pas d&apos;URL de base ni de clé d&apos;API</translation>
    </message>
    <message>
        <source>task id: %1</source>
        <translation>identifiant de tâche : %1</translation>
    </message>
    <message>
        <source>answer larger than %1: stopped reading</source>
        <translation>réponse de plus de %1 : lecture arrêtée</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (%2 received)</source>
        <translation>aucune réponse complète en %1 s (%2 reçus)</translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password; this connection has none</source>
        <translation>le proxy demande un nom d&apos;utilisateur et un mot de passe ; cette connexion n&apos;en a pas</translation>
    </message>
    <message>
        <source>the proxy refused the user name “%1” and its password</source>
        <translation>le proxy a refusé le nom d&apos;utilisateur « %1 » et son mot de passe</translation>
    </message>
    <message>
        <source>redirect to another origin</source>
        <translation>redirection vers une autre origine</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
</context>
<context>
    <name>VezaError</name>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>Le certificat du serveur a été refusé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>Le certificat du serveur a été refusé : %1.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Son empreinte SHA-256 est %1.</translation>
    </message>
    <message>
        <source>Connection not set up</source>
        <translation>Connexion non configurée</translation>
    </message>
    <message>
        <source>Proxy refused the credentials</source>
        <translation>Le proxy a refusé les identifiants</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Certificat refusé</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Redirect loop</source>
        <translation>Boucle de redirections</translation>
    </message>
    <message>
        <source>Answer cut off (HTTP %1)</source>
        <translation>Réponse tronquée (HTTP %1)</translation>
    </message>
    <message>
        <source>Answer cut off</source>
        <translation>Réponse tronquée</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Key rejected (HTTP %1)</source>
        <translation>Clé refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation>Débit limité (HTTP 429)</translation>
    </message>
    <message>
        <source>Service unavailable (HTTP 503)</source>
        <translation>Service indisponible (HTTP 503)</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The connection is not usable.</source>
        <translation>La connexion n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>The proxy refused the request for want of a valid user name and password (HTTP 407). Check them in the connection&apos;s proxy settings.</source>
        <translation>Le proxy a refusé la requête faute de nom d&apos;utilisateur et de mot de passe valides (HTTP 407). Vérifiez-les dans les paramètres de proxy de la connexion.</translation>
    </message>
    <message>
        <source>Could not reach the Veza server. Check the network and the base URL.</source>
        <translation>Impossible de joindre le serveur Veza. Vérifiez le réseau et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The Veza server did not answer in time.</source>
        <translation>Le serveur Veza n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A secure connection to the Veza server could not be made.</source>
        <translation>Aucune connexion sécurisée au serveur Veza n&apos;a pu être établie.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that the API key stays with this server.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse ; elle n&apos;a pas été suivie, pour que la clé d&apos;API reste auprès de ce serveur.</translation>
    </message>
    <message>
        <source>The server keeps redirecting the request (a redirect loop); it was stopped. The last known state is kept and polling continues.</source>
        <translation>Le serveur redirige sans cesse la requête (une boucle de redirections) ; elle a été arrêtée. Le dernier état connu est conservé et l&apos;interrogation continue.</translation>
    </message>
    <message>
        <source>The connection failed while the answer (HTTP %1) was being read; what arrived was not used. The last known state is kept and polling continues.</source>
        <translation>La connexion a échoué pendant la lecture de la réponse (HTTP %1) ; ce qui est arrivé n&apos;a pas été utilisé. Le dernier état connu est conservé et l&apos;interrogation continue.</translation>
    </message>
    <message>
        <source>The connection failed while the answer was being read; what arrived was not used.</source>
        <translation>La connexion a échoué pendant la lecture de la réponse ; ce qui est arrivé n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>The answer was larger than the client accepts, so it stopped reading it. The last known state is kept.</source>
        <translation>La réponse dépassait ce que le client accepte ; il a donc arrêté de la lire. Le dernier état connu est conservé.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 403): it lacks the rights for this task. Use a key with access to assessments.</source>
        <translation>La clé d&apos;API a été refusée (HTTP 403) : elle n&apos;a pas les droits pour cette tâche. Utilisez une clé ayant accès aux évaluations.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401): it is wrong or has expired. Enter a valid key in Connections.</source>
        <translation>La clé d&apos;API a été refusée (HTTP 401) : elle est erronée ou a expiré. Saisissez une clé valide dans Connexions.</translation>
    </message>
    <message>
        <source>Veza does not know this task id (HTTP 404). It may be mistyped, not visible yet, or expired.</source>
        <translation>Veza ne connaît pas cet identifiant de tâche (HTTP 404). Il est peut-être mal saisi, pas encore visible ou expiré.</translation>
    </message>
    <message>
        <source>Veza asked the app to slow down (HTTP 429). Polling resumes automatically.</source>
        <translation>Veza a demandé à l&apos;application de ralentir (HTTP 429). L&apos;interrogation reprend automatiquement.</translation>
    </message>
    <message>
        <source>The Veza service is temporarily unavailable (HTTP 503). Polling resumes automatically.</source>
        <translation>Le service Veza est temporairement indisponible (HTTP 503). L&apos;interrogation reprend automatiquement.</translation>
    </message>
    <message>
        <source>The Veza server had an internal error (HTTP %1). The last known state is kept and polling continues.</source>
        <translation>Le serveur Veza a rencontré une erreur interne (HTTP %1). Le dernier état connu est conservé et l&apos;interrogation continue.</translation>
    </message>
    <message>
        <source>The Veza server refused the request (HTTP %1).</source>
        <translation>Le serveur Veza a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The Veza server&apos;s answer could not be read as a task. The last known state is kept.</source>
        <translation>La réponse du serveur Veza n&apos;a pas pu être lue comme une tâche. Le dernier état connu est conservé.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Server message: %1.</source>
        <translation>Message du serveur : %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Request id for Veza support: %1.</source>
        <translation>Identifiant de requête pour l&apos;assistance Veza : %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quarterly access review</source>
        <translation>Revue trimestrielle des accès</translation>
    </message>
    <message>
        <source>Dormant admin accounts</source>
        <translation>Comptes administrateurs dormants</translation>
    </message>
    <message>
        <source>Snowflake role audit</source>
        <translation>Audit des rôles Snowflake</translation>
    </message>
    <message>
        <source>Okta to AWS entitlement export</source>
        <translation>Export des habilitations d&apos;Okta vers AWS</translation>
    </message>
    <message>
        <source>Risk owner sync</source>
        <translation>Synchronisation des responsables de risques</translation>
    </message>
    <message>
        <source>Report from last week</source>
        <translation>Rapport de la semaine dernière</translation>
    </message>
    <message>
        <source>GitHub org permissions</source>
        <translation>Permissions de l&apos;organisation GitHub</translation>
    </message>
    <message>
        <source>Service accounts without owner</source>
        <translation>Comptes de service sans responsable</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>Simulateur de démonstration</translation>
    </message>
    <message>
        <source>Watch Veza async tasks until they complete.</source>
        <translation>Suivre les tâches asynchrones Veza jusqu&apos;à leur fin.</translation>
    </message>
    <message>
        <source>Run against a built-in simulator with sample tasks.</source>
        <translation>Exécuter avec un simulateur intégré et des tâches d&apos;exemple.</translation>
    </message>
    <message>
        <source>Every argument after this one is text holding task ids, even one that starts with a dash (for .desktop files: --add %U).</source>
        <translation>Chaque argument après celui-ci est un texte contenant des identifiants de tâches, même s&apos;il commence par un tiret (pour les fichiers .desktop : --add %U).</translation>
    </message>
    <message>
        <source>Task ids, task URLs, or any text holding them, as a paste would be read; - reads standard input. When the app already runs, its window gets them.</source>
        <translation>Identifiants de tâches, URL de tâches ou tout texte qui en contient, lus comme un collage ; - lit l&apos;entrée standard. Si l&apos;application tourne déjà, sa fenêtre les reçoit.</translation>
    </message>
</context>
</TS>
