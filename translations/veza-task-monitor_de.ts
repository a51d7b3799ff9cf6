<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Veza Task Monitor</source>
        <translation>Über Veza Task Monitor</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
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
        <translation>Beobachtet asynchrone Veza-Aufgaben, bis sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Running on Qt %1, built with Qt %2.</source>
        <translation>Läuft mit Qt %1, erstellt mit Qt %2.</translation>
    </message>
    <message>
        <source>Veza Task Monitor is free software under the MIT licence.
Qt is used under the GNU Lesser General Public License version 3 (LGPLv3).
QtKeychain is used under the BSD 3-Clause licence.</source>
        <translation>Veza Task Monitor ist freie Software unter der MIT-Lizenz.
Qt wird unter der GNU Lesser General Public License Version 3 (LGPLv3) verwendet.
QtKeychain wird unter der BSD-3-Clause-Lizenz verwendet.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Versionsangaben kopieren</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translation>Die Versionen für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>This program uses Qt version %1.</source>
        <translation>Dieses Programm verwendet Qt in Version %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development. It is available under commercial licences and under the GNU Lesser General Public License version 3 (LGPLv3); this program uses it under the LGPLv3. See https://www.qt.io/licensing/ for an overview of Qt licensing.</source>
        <translation>Qt ist ein C++-Toolkit für die plattformübergreifende Anwendungsentwicklung. Es ist unter kommerziellen Lizenzen und unter der GNU Lesser General Public License Version 3 (LGPLv3) erhältlich; dieses Programm verwendet es unter der LGPLv3. Einen Überblick über die Lizenzierung von Qt gibt https://www.qt.io/licensing/.</translation>
    </message>
</context>
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation>Aufgaben hinzufügen</translation>
    </message>
    <message>
        <source>Paste anything that holds task ids: API answers, curl output, log lines, task URLs, table columns or lists. Nothing is sent before you choose Add.</source>
        <translation>Fügen Sie alles ein, was Aufgaben-IDs enthält: API-Antworten, curl-Ausgaben, Protokollzeilen, Aufgaben-URLs, Tabellenspalten oder Listen. Nichts wird gesendet, bevor Sie „Hinzufügen“ wählen.</translation>
    </message>
    <message>
        <source>Optional, for every task added, e.g. Quarterly access review</source>
        <translation>Optional, für jede hinzugefügte Aufgabe, z. B. Quartalsweise Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>dialog button</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The Veza tenant these tasks belong to</source>
        <translation>Der Veza-Mandant, zu dem diese Aufgaben gehören</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Showing the first %1 KiB of %2 KiB, read-only; the preview covers all of it.</source>
        <translation>Die ersten %1 KiB von %2 KiB werden schreibgeschützt angezeigt; die Vorschau umfasst alles.</translation>
    </message>
    <message>
        <source>Read-only: these ids were read when the text arrived.</source>
        <translation>Schreibgeschützt: Diese IDs wurden beim Eintreffen des Textes gelesen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation>Noch nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>No task ids found: nothing will be added. Task ids are UUIDs, task URLs, the id fields of API answers, an id column or a list of ids.</source>
        <translation>Keine Aufgaben-IDs gefunden: Es wird nichts hinzugefügt. Aufgaben-IDs sind UUIDs, Aufgaben-URLs, die ID-Felder von API-Antworten, eine ID-Spalte oder eine Liste von IDs.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) will be added.</source>
        <translation>
            <numerusform>%n ID wird hinzugefügt.</numerusform>
            <numerusform>%n IDs werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Nichts Neues hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unticked.</source>
        <translation>
            <numerusform>%n nicht angehakt.</numerusform>
            <numerusform>%n nicht angehakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched.</source>
        <translation>
            <numerusform>%n wird bereits beobachtet.</numerusform>
            <numerusform>%n werden bereits beobachtet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (listed below with why).</source>
        <translation>
            <numerusform>%n ausgelassen (unten mit Grund aufgeführt).</numerusform>
            <numerusform>%n ausgelassen (unten mit Grund aufgeführt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgeClass</name>
    <message>
        <source>under a minute</source>
        <comment>age class</comment>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>under 10 minutes</source>
        <comment>age class</comment>
        <translation>unter 10 Minuten</translation>
    </message>
    <message>
        <source>under an hour</source>
        <comment>age class</comment>
        <translation>unter einer Stunde</translation>
    </message>
    <message>
        <source>under 6 hours</source>
        <comment>age class</comment>
        <translation>unter 6 Stunden</translation>
    </message>
    <message>
        <source>under a day</source>
        <comment>age class</comment>
        <translation>unter einem Tag</translation>
    </message>
    <message>
        <source>over a day</source>
        <comment>age class</comment>
        <translation>über einen Tag</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>certificate date</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>Certificate Refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>The server of “%1” showed a certificate that is not trusted, so nothing was sent to it.</source>
        <translation>Der Server von „%1“ hat ein nicht vertrauenswürdiges Zertifikat vorgelegt, daher wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. Trusting pins this exact certificate for “%1” only: other connections are not affected, and a renewed certificate is refused again. If your organisation inspects TLS traffic, adding its CA certificate file to the connection is the better fix.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator nennt. Vertrauen bindet genau dieses Zertifikat nur an „%1“: Andere Verbindungen sind nicht betroffen, und ein erneuertes Zertifikat wird wieder abgelehnt. Wenn Ihre Organisation TLS-Verkehr untersucht, ist es besser, die Datei ihres CA-Zertifikats zur Verbindung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten …</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation>Die CA-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The CA file “%1” could not be read: %2.</source>
        <translation>Die CA-Datei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA file “%1” is larger than %2; a file of CA certificates is far smaller. Choose a PEM file that holds only the CA certificates.</source>
        <translation>Die CA-Datei „%1“ ist größer als %2; eine Datei mit CA-Zertifikaten ist weit kleiner. Wählen Sie eine PEM-Datei, die nur die CA-Zertifikate enthält.</translation>
    </message>
    <message>
        <source>The file “%1” holds no certificate in PEM form (text blocks that start with -----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei „%1“ enthält kein Zertifikat im PEM-Format (Textblöcke, die mit -----BEGIN CERTIFICATE----- beginnen).</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>polling %1</source>
        <translation>%1 wird abgefragt</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <comment>menu</comment>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the address of your Veza tenant, for example https://your-org.vezacloud.com.</source>
        <translation>Geben Sie die Adresse Ihres Veza-Mandanten ein, zum Beispiel https://your-org.vezacloud.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported (http:// for this computer only).</source>
        <translation>Nur https://-Adressen werden unterstützt (http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// for %1.</source>
        <translation>Einfaches http:// würde den API-Schlüssel unverschlüsselt senden; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the address.</source>
        <translation>Geben Sie den API-Schlüssel in das Schlüsselfeld ein, nicht in die Adresse.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>%1 (this session)</source>
        <comment>connection from VEZA_URL</comment>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the address of the Veza tenant.</source>
        <translation>Geben Sie die Adresse des Veza-Mandanten ein.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>Geben Sie Host und Port des Proxys ein.</translation>
    </message>
    <message>
        <source>Requests per second must be %1.</source>
        <translation>Anfragen pro Sekunde müssen %1 sein.</translation>
    </message>
    <message>
        <source>Requests at once must be %1.</source>
        <translation>Gleichzeitige Anfragen müssen %1 sein.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connections…</source>
        <comment>banner button</comment>
        <translation>Verbindungen …</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Opens what fixes the connection problem</source>
        <translation>Öffnet, was das Verbindungsproblem behebt</translation>
    </message>
    <message>
        <source>Task list problem</source>
        <translation>Problem mit der Aufgabenliste</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>banner button</comment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>no API key; enter it in Connections.</source>
        <translation>kein API-Schlüssel; geben Sie ihn unter Verbindungen ein.</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>wird abgefragt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) polling</source>
        <translation>
            <numerusform>%n Verbindung wird abgefragt</numerusform>
            <numerusform>%n Verbindungen werden abgefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) polling · %2</source>
        <translation>
            <numerusform>%1 von %n Verbindung wird abgefragt · %2</numerusform>
            <numerusform>%1 von %n Verbindungen werden abgefragt · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: add your Veza tenant&apos;s address and API key in Connections.</source>
        <translation>Nicht verbunden: Fügen Sie unter Verbindungen die Adresse und den API-Schlüssel Ihres Veza-Mandanten hinzu.</translation>
    </message>
    <message>
        <source>Show Certificate…</source>
        <comment>banner button</comment>
        <translation>Zertifikat anzeigen …</translation>
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
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be saved in the system keychain.</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Archive — %1</source>
        <comment>window title</comment>
        <translation>Archiv — %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Hide what you typed</source>
        <translation>Eingabe verbergen</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation>Gespeichert. Die Geheimnisse liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>connection</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>connection</comment>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Review Certificate…</source>
        <translation>Zertifikat prüfen …</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Schlüssel ersetzen …</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Veza &amp;address:</source>
        <translation>Veza-&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>System proxy (default)</source>
        <translation>System-Proxy (Standard)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <comment>proxy host placeholder</comment>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Nur wenn der Proxy danach fragt</translation>
    </message>
    <message>
        <source>Replace Password…</source>
        <translation>Passwort ersetzen …</translation>
    </message>
    <message>
        <source>Only when your organisation inspects TLS traffic</source>
        <translation>Nur wenn Ihre Organisation TLS-Verkehr untersucht</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Zusätzliche &amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted beside the system&apos;s, for this connection only.</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen neben denen des Systems vertraut wird, nur für diese Verbindung.</translation>
    </message>
    <message>
        <source>Server certificates you chose to trust for this connection after it refused them.</source>
        <translation>Serverzertifikate, denen Sie für diese Verbindung vertrauen, nachdem sie abgelehnt wurden.</translation>
    </message>
    <message>
        <source>Trust No Longer</source>
        <translation>Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Save to stop trusting it.</source>
        <translation>Speichern, um ihm nicht mehr zu vertrauen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the new connection?</source>
        <translation>Die neue Verbindung speichern?</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 · this session</source>
        <comment>connection list</comment>
        <translation>%1 · diese Sitzung</translation>
    </message>
    <message>
        <source>%1 · key for this session only</source>
        <comment>connection list</comment>
        <translation>%1 · Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Tasks are read from %1</source>
        <translation>Aufgaben werden von %1 gelesen</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Used for this session only (not saved)</source>
        <translation>Nur für diese Sitzung verwendet (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No key saved for this connection.</source>
        <translation>Für diese Verbindung ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>From Administration &gt; API Keys in Veza</source>
        <translation>Aus Administration &gt; API Keys in Veza</translation>
    </message>
    <message>
        <source>The new key (the saved one stays until you save)</source>
        <translation>Der neue Schlüssel (der gespeicherte bleibt, bis Sie speichern)</translation>
    </message>
    <message>
        <source>The new password (the saved one stays until you save)</source>
        <translation>Das neue Passwort (das gespeicherte bleibt, bis Sie speichern)</translation>
    </message>
    <message>
        <source>A new connection: it is used once you save it.</source>
        <translation>Eine neue Verbindung: Sie wird verwendet, sobald Sie sie speichern.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Enter the API key (from Administration &gt; API Keys in Veza).</source>
        <translation>Geben Sie den API-Schlüssel ein (aus Administration &gt; API Keys in Veza).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved for this session.</source>
        <translation>Für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Storing the secrets in the system keychain…</source>
        <translation>Gespeichert. Die Geheimnisse werden im Schlüsselbund des Systems abgelegt …</translation>
    </message>
    <message>
        <source>Saved, but the system keychain did not keep the secrets.</source>
        <translation>Gespeichert, aber der Schlüsselbund des Systems hat die Geheimnisse nicht behalten.</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>The system keychain did not keep the secrets of “%1”.</source>
        <translation>Der Schlüsselbund des Systems hat die Geheimnisse von „%1“ nicht behalten.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Saved; the key is used for this session only.</source>
        <translation>Gespeichert; der Schlüssel wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>Saved without its key: enter it again once the keychain works.</source>
        <translation>Ohne Schlüssel gespeichert: Geben Sie ihn erneut ein, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>It was for this session only.</source>
        <translation>Sie galt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Its key is deleted from the system keychain.</source>
        <translation>Ihr Schlüssel wird aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>connection</comment>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n task(s). What should happen to them?</source>
        <translation>
            <numerusform>„%1“ hat %n Aufgabe. Was soll mit ihr geschehen?</numerusform>
            <numerusform>„%1“ hat %n Aufgaben. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move the %n task(s) to</source>
        <translation>
            <numerusform>Die %n Aufgabe &amp;verschieben nach</numerusform>
            <numerusform>Die %n Aufgaben &amp;verschieben nach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove the connection and its %n task(s)</source>
        <translation>
            <numerusform>Die Verbindung und ihre %n Aufgabe &amp;entfernen</numerusform>
            <numerusform>Die Verbindung und ihre %n Aufgaben &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other connection to move them to.</source>
        <translation>Es gibt keine andere Verbindung, in die sie verschoben werden könnten.</translation>
    </message>
    <message>
        <source>Extra CA Certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificates are trusted.</source>
        <translation>Keine: Nur den Zertifikaten des Systems wird vertraut.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
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
        <translation>Wählen Sie eine Aufgabe, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Letzte Antwort:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Polling:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Letzte Anfrage:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <comment>Veza&apos;s code field</comment>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <source>Message:</source>
        <comment>Veza&apos;s message field</comment>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Details:</source>
        <comment>Veza&apos;s detail messages</comment>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Copy Error</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <source>Copy a summary for a support ticket: the task, its connection, state, errors and request ids</source>
        <translation>Eine Zusammenfassung für ein Support-Ticket kopieren: die Aufgabe, ihre Verbindung, Zustand, Fehler und Anfrage-IDs</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the task&apos;s request as a curl command; the API key is left to $VEZA_TOKEN</source>
        <translation>Die Anfrage der Aufgabe als curl-Befehl kopieren; der API-Schlüssel bleibt $VEZA_TOKEN überlassen</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Weitere Felder:</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <comment>timeline</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>timeline</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in state</source>
        <comment>timeline</comment>
        <translation>Dauer im Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>requests</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>HTTP</source>
        <comment>requests</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <comment>requests</comment>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>requests</comment>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>requests</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <comment>requests</comment>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>details section</comment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>details section</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Requests</source>
        <comment>details section</comment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Error reason (error_reason):</source>
        <translation>Fehlergrund (error_reason):</translation>
    </message>
    <message>
        <source>Error detail (error_status):</source>
        <translation>Fehlerdetail (error_status):</translation>
    </message>
    <message>
        <source>Result (%1)</source>
        <translation>Resultat (%1)</translation>
    </message>
    <message>
        <source>This client does not know this value: a newer server may have sent it.</source>
        <translation>Dieser Client kennt diesen Wert nicht: Ein neuerer Server hat ihn möglicherweise gesendet.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no label</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>Warten auf die erste Antwort …</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>⚠ Showing the last known state: requests have failed since %1.</source>
        <translation>⚠ Letzter bekannter Zustand: Anfragen schlagen seit %1 fehl.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The result appears here when the task has completed.</source>
        <translation>Das Resultat erscheint hier, wenn die Aufgabe abgeschlossen ist.</translation>
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
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Wird jetzt geprüft …</translation>
    </message>
    <message>
        <source>Next check due</source>
        <translation>Nächste Prüfung fällig</translation>
    </message>
    <message>
        <source>Next check in %1</source>
        <translation>Nächste Prüfung in %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>polling</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>The saved result could not be read from the task list.</source>
        <translation>Das gespeicherte Resultat konnte nicht aus der Aufgabenliste gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the result…</source>
        <translation>Resultat wird gelesen …</translation>
    </message>
    <message>
        <source>Error reason (error_reason), code %1:</source>
        <translation>Fehlergrund (error_reason), Code %1:</translation>
    </message>
    <message>
        <source>Error detail (error_status), code %1:</source>
        <translation>Fehlerdetail (error_status), Code %1:</translation>
    </message>
    <message>
        <source>The task sent no result.</source>
        <translation>Die Aufgabe hat kein Resultat gesendet.</translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation>… %1 weitere nicht angezeigt</translation>
    </message>
    <message>
        <source>HTTP %1 in %L2 ms</source>
        <translation>HTTP %1 in %L2 ms</translation>
    </message>
    <message>
        <source>No HTTP answer (after %L1 ms)</source>
        <translation>Keine HTTP-Antwort (nach %L1 ms)</translation>
    </message>
    <message>
        <source>retry %L1</source>
        <translation>Wiederholung %L1</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>The selected task: its fields, errors, result, timeline and requests</source>
        <translation>Die ausgewählte Aufgabe: ihre Felder, Fehler, ihr Resultat, Verlauf und ihre Anfragen</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>Fields of the task this version does not show on their own</source>
        <translation>Felder der Aufgabe, die diese Version nicht eigens anzeigt</translation>
    </message>
    <message>
        <source>Task sections</source>
        <translation>Aufgabenbereiche</translation>
    </message>
    <message>
        <source>The task&apos;s fields, its timeline and its last requests</source>
        <translation>Die Felder der Aufgabe, ihr Verlauf und ihre letzten Anfragen</translation>
    </message>
    <message>
        <source>Task fields</source>
        <translation>Aufgabenfelder</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Each state and status the task went through, with its time</source>
        <translation>Jeder Zustand und Status, den die Aufgabe durchlief, mit Uhrzeit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The last requests for this task: HTTP status, latency, outcome</source>
        <translation>Die letzten Anfragen zu dieser Aufgabe: HTTP-Status, Antwortzeit, Ergebnis</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <source>Error detail</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>JSON field %1</source>
        <translation>JSON-Feld %1</translation>
    </message>
    <message>
        <source>task URL</source>
        <translation>Aufgaben-URL</translation>
    </message>
    <message>
        <source>list of ids</source>
        <translation>Liste von IDs</translation>
    </message>
    <message>
        <source>UUID in text</source>
        <translation>UUID im Text</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>request or trace id (labelled “%1”)</source>
        <translation>Anfrage- oder Trace-ID (beschriftet mit „%1“)</translation>
    </message>
    <message>
        <source>request or trace id (JSON field %1)</source>
        <translation>Anfrage- oder Trace-ID (JSON-Feld %1)</translation>
    </message>
    <message>
        <source>inside a task&apos;s result (%1)</source>
        <translation>im Resultat einer Aufgabe (%1)</translation>
    </message>
    <message>
        <source>inside error details (%1)</source>
        <translation>in Fehlerdetails (%1)</translation>
    </message>
    <message>
        <source>not a task id field (%1)</source>
        <translation>kein Aufgaben-ID-Feld (%1)</translation>
    </message>
    <message>
        <source>not the id column (column “%1”)</source>
        <translation>nicht die ID-Spalte (Spalte „%1“)</translation>
    </message>
    <message>
        <source>not a UUID, and the text is no list of ids</source>
        <translation>keine UUID, und der Text ist keine Liste von IDs</translation>
    </message>
    <message>
        <source>cannot be sent: %1</source>
        <translation>kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>no id, in the id column (“%1”)</source>
        <translation>keine ID in der ID-Spalte („%1“)</translation>
    </message>
    <message>
        <source>The text is larger than %1 MiB: nothing was read from it.</source>
        <translation>Der Text ist größer als %1 MiB: Es wurde nichts daraus gelesen.</translation>
    </message>
    <message>
        <source>Only the first %L1 ids are kept.</source>
        <translation>Nur die ersten %L1 IDs werden behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n more left out (not listed).</source>
        <translation>
            <numerusform>%n weiterer ausgelassen (nicht aufgeführt).</numerusform>
            <numerusform>%n weitere ausgelassen (nicht aufgeführt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: %1</source>
        <translation>
            <numerusform>%n ausgelassen: %1</numerusform>
            <numerusform>%n ausgelassen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdParser</name>
    <message>
        <source>empty id</source>
        <translation>leere ID</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>“%1” cannot be sent as a task id</source>
        <translation>„%1“ kann nicht als Aufgaben-ID gesendet werden</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries skipped: not task ids (%1).</source>
        <translation>
            <numerusform>%Ln Eintrag übersprungen: keine Aufgaben-ID (%1).</numerusform>
            <numerusform>%Ln Einträge übersprungen: keine Aufgaben-IDs (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPreviewModel</name>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>already watched</source>
        <translation>wird bereits beobachtet</translation>
    </message>
    <message>
        <source>Task id</source>
        <comment>preview column</comment>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>Found in</source>
        <comment>preview column</comment>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>preview column</comment>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>JsonIndex</name>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation>kein JSON-Wert</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>„:“ nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>too many values</source>
        <translation>zu viele Werte</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation>Text nach dem Ende des Werts</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>The JSON text is larger than 4 GiB.</source>
        <translation>Der JSON-Text ist größer als 4 GiB.</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>(value)</source>
        <comment>column of array items that are not objects</comment>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <comment>JSON tree column</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>JSON tree column</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>JSON tree column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>JSON tree column</comment>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>JSON tree column</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No system keychain answered: install or unlock one that offers the Secret Service (GNOME Keyring, KWallet or another provider) and try again; until then, the key is used for this session only.</source>
        <translation>Kein Schlüsselbund des Systems hat geantwortet: Installieren oder entsperren Sie einen, der den Secret Service anbietet (GNOME Keyring, KWallet oder einen anderen Anbieter), und versuchen Sie es erneut; bis dahin wird der Schlüssel nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>The keychain entry for the key has no name.</source>
        <translation>Der Schlüsselbund-Eintrag für den Schlüssel hat keinen Namen.</translation>
    </message>
    <message>
        <source>The system keychain refused to give out the key: unlock it or allow this app, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat die Herausgabe des Schlüssels verweigert: Entsperren Sie ihn oder erlauben Sie diese Anwendung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the key: unlock it or allow this app, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Schlüssels verweigert: Entsperren Sie ihn oder erlauben Sie diese Anwendung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to remove the key: unlock it or allow this app, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Entfernen des Schlüssels verweigert: Entsperren Sie ihn oder erlauben Sie diese Anwendung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not read the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht lesen (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht entfernen (%1).</translation>
    </message>
</context>
<context>
    <name>LoadLimits</name>
    <message>
        <source>a number of requests per second from %1 to %2</source>
        <translation>eine Zahl von Anfragen pro Sekunde von %1 bis %2</translation>
    </message>
    <message>
        <source>a whole number of requests from %1 to %2</source>
        <translation>eine ganze Zahl von Anfragen von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>LoadLimitsBox</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>How much load polling this connection puts on the Veza tenant. Raise it only when the tenant&apos;s owners agree: a 429 answer still pauses polling.</source>
        <translation>Wie viel Last die Abfrage dieser Verbindung auf dem Veza-Mandanten erzeugt. Erhöhen Sie sie nur, wenn die Verantwortlichen des Mandanten zustimmen: Eine 429-Antwort pausiert die Abfrage weiterhin.</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>An&amp;fragen:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Anfragen &amp;gleichzeitig:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not read.</source>
        <translation>%1 ist größer als %2 MiB: nicht gelesen.</translation>
    </message>
    <message>
        <source>Veza Task Monitor</source>
        <translation>Veza Task Monitor</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add task ids (%1)</source>
        <translation>Aufgaben-IDs hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop watching the selected tasks (Delete)</source>
        <translation>Die ausgewählten Aufgaben nicht mehr beobachten (Entf)</translation>
    </message>
    <message>
        <source>Refresh Now</source>
        <comment>toolbar</comment>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask Veza now about the selected tasks, or all when none is selected (F5)</source>
        <translation>Veza jetzt zu den ausgewählten Aufgaben befragen, oder zu allen, wenn keine ausgewählt ist (F5)</translation>
    </message>
    <message>
        <source>Pause Selected</source>
        <comment>context menu</comment>
        <translation>Ausgewählte pausieren</translation>
    </message>
    <message>
        <source>Stop polling the selected tasks until resumed</source>
        <translation>Die Abfrage der ausgewählten Aufgaben bis zur Fortsetzung anhalten</translation>
    </message>
    <message>
        <source>Resume Selected</source>
        <comment>context menu</comment>
        <translation>Ausgewählte fortsetzen</translation>
    </message>
    <message>
        <source>Poll the selected tasks again, including ones no longer watched</source>
        <translation>Die ausgewählten Aufgaben wieder abfragen, auch nicht mehr beobachtete</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>toolbar</comment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume polling</source>
        <translation>Abfrage pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Connections…</source>
        <comment>toolbar</comment>
        <translation>Verbindungen …</translation>
    </message>
    <message>
        <source>Veza tenants: addresses, API keys, proxies and certificates</source>
        <translation>Veza-Mandanten: Adressen, API-Schlüssel, Proxys und Zertifikate</translation>
    </message>
    <message>
        <source>Copy Id</source>
        <comment>context menu</comment>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Paste Ids</source>
        <comment>context menu</comment>
        <translation>IDs einfügen</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>action</comment>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Import…</source>
        <comment>action</comment>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add the task ids found in .txt, .csv, .tsv, .json, .jsonl or .log files</source>
        <translation>Die Aufgaben-IDs aus .txt-, .csv-, .tsv-, .json-, .jsonl- oder .log-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>action</comment>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write every task to a CSV or JSON file</source>
        <translation>Alle Aufgaben in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <comment>action</comment>
        <translation>Auswahl exportieren …</translation>
    </message>
    <message>
        <source>Write the selected tasks to a CSV or JSON file</source>
        <translation>Die ausgewählten Aufgaben in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>action</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>action</comment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>action</comment>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Move the selected completed tasks to the archive (they stay saved)</source>
        <translation>Die ausgewählten abgeschlossenen Aufgaben ins Archiv verschieben (sie bleiben gespeichert)</translation>
    </message>
    <message>
        <source>Archive All Completed</source>
        <comment>action</comment>
        <translation>Alle abgeschlossenen archivieren</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe archiviert.</numerusform>
            <numerusform>%n Aufgaben archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Archive</source>
        <comment>action</comment>
        <translation>Aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Archived Tasks</source>
        <comment>action</comment>
        <translation>Archivierte Aufgaben</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>action</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <comment>menu</comment>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>Archive Automatically</source>
        <comment>menu</comment>
        <translation>Automatisch archivieren</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>auto-archive</comment>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n Day(s) After Completion</source>
        <comment>auto-archive</comment>
        <translation>
            <numerusform>%n Tag nach Abschluss</numerusform>
            <numerusform>%n Tage nach Abschluss</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show the tasks of one connection</source>
        <translation>Die Aufgaben einer Verbindung anzeigen</translation>
    </message>
    <message>
        <source>Filter tasks…</source>
        <translation>Aufgaben filtern …</translation>
    </message>
    <message>
        <source>Show only the tasks whose columns contain this text (%1)</source>
        <translation>Nur die Aufgaben anzeigen, deren Spalten diesen Text enthalten (%1)</translation>
    </message>
    <message>
        <source>Move to Connection</source>
        <comment>menu</comment>
        <translation>In Verbindung verschieben</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>tab</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>tab</comment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Keine Aufgaben</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>toolbar</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfrage pausiert</translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>Keine laufenden Anfragen</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to %1.</source>
        <translation>
            <numerusform>%n Aufgabe nach %1 verschoben.</numerusform>
            <numerusform>%n Aufgaben nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <comment>tab</comment>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Keine Aufgabe passt zu „%1“.</translation>
    </message>
    <message>
        <source>No tasks yet.
Paste task ids here with %1, drop a file here, or use Add (%2).</source>
        <translation>Noch keine Aufgaben.
Fügen Sie hier Aufgaben-IDs mit %1 ein, ziehen Sie eine Datei hierher oder verwenden Sie Hinzufügen (%2).</translation>
    </message>
    <message>
        <source>Reading the saved task list…</source>
        <translation>Die gespeicherte Aufgabenliste wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Task(s)</source>
        <translation>
            <numerusform>%n Aufgabe hinzufügen</numerusform>
            <numerusform>%n Aufgaben hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe hinzugefügt.</numerusform>
            <numerusform>%n Aufgaben hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 undoes it.</source>
        <translation>%1 macht es rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list.</source>
        <translation>
            <numerusform>%n bereits in der Liste.</numerusform>
            <numerusform>%n bereits in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task ids found.</source>
        <translation>Keine Aufgaben-IDs gefunden.</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation>Nichts einzufügen: Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen …</numerusform>
            <numerusform>%n Dateien werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Task Ids</source>
        <translation>Aufgaben-IDs importieren</translation>
    </message>
    <message>
        <source>Files with task ids (%1)</source>
        <translation>Dateien mit Aufgaben-IDs (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1. Task ids are read from .txt, .csv, .tsv, .json, .jsonl and .log files.</source>
        <translation>Nicht importiert: %1. Aufgaben-IDs werden aus .txt-, .csv-, .tsv-, .json-, .jsonl- und .log-Dateien gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>%n ID kopiert.</numerusform>
            <numerusform>%n IDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tasks</source>
        <comment>dialog title</comment>
        <translation>Aufgaben entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)?</source>
        <translation>
            <numerusform>%n Aufgabe entfernen?</numerusform>
            <numerusform>%n Aufgaben entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have results, which are discarded with them. Edit › Undo brings them back until the app is closed.</source>
        <translation>
            <numerusform>%n davon hat Resultate, die mit ihr verworfen werden. Bearbeiten › Rückgängig holt sie zurück, bis die Anwendung geschlossen wird.</numerusform>
            <numerusform>%n davon haben Resultate, die mit ihnen verworfen werden. Bearbeiten › Rückgängig holt sie zurück, bis die Anwendung geschlossen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button</comment>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Task(s)</source>
        <translation>
            <numerusform>%n Aufgabe entfernen</numerusform>
            <numerusform>%n Aufgaben entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n task(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>%n Aufgabe entfernt. Bearbeiten › Rückgängig holt sie zurück.</numerusform>
            <numerusform>%n Aufgaben entfernt. Bearbeiten › Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only completed tasks can be archived.</source>
        <translation>Nur abgeschlossene Aufgaben können archiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s): View › Archived Tasks shows them.</source>
        <translation>
            <numerusform>%n Aufgabe archiviert: Ansicht › Archivierte Aufgaben zeigt sie.</numerusform>
            <numerusform>%n Aufgaben archiviert: Ansicht › Archivierte Aufgaben zeigt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n task(s) from the archive.</source>
        <translation>
            <numerusform>%n Aufgabe aus dem Archiv wiederhergestellt.</numerusform>
            <numerusform>%n Aufgaben aus dem Archiv wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s) completed more than %1 ago.</source>
        <translation>
            <numerusform>%n Aufgabe archiviert, die vor mehr als %1 abgeschlossen wurde.</numerusform>
            <numerusform>%n Aufgaben archiviert, die vor mehr als %1 abgeschlossen wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>auto-archive age</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n task(s) to %1…</source>
        <translation>
            <numerusform>%n Aufgabe wird nach %1 exportiert …</numerusform>
            <numerusform>%n Aufgaben werden nach %1 exportiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n Aufgabe nach %1 exportiert.</numerusform>
            <numerusform>%n Aufgaben nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Export Selected Tasks</source>
        <translation>Ausgewählte Aufgaben exportieren</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>Aufgaben exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON, with results (*.json)</source>
        <translation>JSON, mit Resultaten (*.json)</translation>
    </message>
    <message>
        <source>veza-tasks-selected</source>
        <comment>file name</comment>
        <translation>veza-aufgaben-auswahl</translation>
    </message>
    <message>
        <source>veza-tasks</source>
        <comment>file name</comment>
        <translation>veza-aufgaben</translation>
    </message>
    <message>
        <source>Polling paused; requests in flight: %L1</source>
        <translation>Abfrage pausiert; laufende Anfragen: %L1</translation>
    </message>
    <message>
        <source>Requests in flight: %L1</source>
        <translation>Laufende Anfragen: %L1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The watched tasks, one a row. %1 removes the selected ones, %2 copies their ids, the menu key opens their actions.</source>
        <translation>Die beobachteten Aufgaben, eine pro Zeile. %1 entfernt die ausgewählten, %2 kopiert ihre IDs, die Menütaste öffnet ihre Aktionen.</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <source>Connection shown</source>
        <translation>Angezeigte Verbindung</translation>
    </message>
    <message>
        <source>Details and notifications</source>
        <translation>Details und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Task counts</source>
        <translation>Aufgabenzahlen</translation>
    </message>
    <message>
        <source>Polling activity</source>
        <translation>Abfrageaktivität</translation>
    </message>
    <message>
        <source>Select All</source>
        <comment>action</comment>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>User Guide</source>
        <comment>help menu</comment>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed</source>
        <translation>Das Benutzerhandbuch ist nicht installiert</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <comment>help menu</comment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Veza Task Monitor</source>
        <comment>help menu</comment>
        <translation>Über Veza Task Monitor</translation>
    </message>
    <message>
        <source>About Qt</source>
        <comment>help menu</comment>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>Keine Aufgabe entspricht den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for an answer</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln noch ohne Antwort</numerusform>
            <numerusform>%Ln noch ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln ausstehend</numerusform>
            <numerusform>%Ln ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln in Bearbeitung</numerusform>
            <numerusform>%Ln in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln canceled</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln abgeschlossen</numerusform>
            <numerusform>%Ln abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete (%1)</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln abgeschlossen (%1)</numerusform>
            <numerusform>%Ln abgeschlossen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln nicht gefunden</numerusform>
            <numerusform>%Ln nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer watched</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln nicht mehr beobachtet</numerusform>
            <numerusform>%Ln nicht mehr beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in an unknown state</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln in unbekanntem Zustand</numerusform>
            <numerusform>%Ln in unbekanntem Zustand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 shown</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln von %L1 angezeigt</numerusform>
            <numerusform>%Ln von %L1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>state filter</comment>
        <translation>An&amp;zeigen:</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>Task succeeded</source>
        <translation>Aufgabe erfolgreich</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Task canceled</source>
        <translation>Aufgabe abgebrochen</translation>
    </message>
    <message>
        <source>Task completed without a status</source>
        <translation>Aufgabe ohne Status abgeschlossen</translation>
    </message>
    <message>
        <source>Task not found</source>
        <translation>Aufgabe nicht gefunden</translation>
    </message>
    <message>
        <source>Stopped watching a task</source>
        <translation>Beobachtung einer Aufgabe beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n nicht mehr beobachtet</numerusform>
            <numerusform>%n nicht mehr beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <translation>
            <numerusform>%n Aufgabe beendet: %1</numerusform>
            <numerusform>%n Aufgaben beendet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation>Verbindungsproblem: %1</translation>
    </message>
    <message>
        <source>Connection restored: %1</source>
        <translation>Verbindung wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Polling goes on.</source>
        <translation>Die Abfrage läuft weiter.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification Settings</source>
        <translation>Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>Notify on the desktop when</source>
        <translation>Auf dem Desktop benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>a task succeeds</source>
        <translation>eine Aufgabe erfolgreich ist</translation>
    </message>
    <message>
        <source>a task fails</source>
        <translation>eine Aufgabe fehlschlägt</translation>
    </message>
    <message>
        <source>a task is canceled</source>
        <translation>eine Aufgabe abgebrochen wird</translation>
    </message>
    <message>
        <source>a task is not found</source>
        <translation>eine Aufgabe nicht gefunden wird</translation>
    </message>
    <message>
        <source>a task is no longer watched</source>
        <translation>eine Aufgabe nicht mehr beobachtet wird</translation>
    </message>
    <message>
        <source>a connection has a problem, and when it recovers</source>
        <translation>eine Verbindung ein Problem hat, und wenn sie sich erholt</translation>
    </message>
    <message>
        <source>Completions within two seconds are shown as one notification. Muted tasks and Do Not Disturb silence the desktop; the Notifications tab always lists everything.</source>
        <translation>Abschlüsse innerhalb von zwei Sekunden werden als eine Benachrichtigung angezeigt. Stummgeschaltete Aufgaben und „Nicht stören“ halten den Desktop still; der Reiter Benachrichtigungen listet immer alles auf.</translation>
    </message>
    <message>
        <source>Show an icon in the system tray; closing the window then keeps watching</source>
        <translation>Ein Symbol im Systemabschnitt der Kontrollleiste anzeigen; das Schließen des Fensters beobachtet dann weiter</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemabschnitt der Kontrollleiste.</translation>
    </message>
</context>
<context>
    <name>NotificationsPane</name>
    <message>
        <source>Notifications about finished tasks appear here.</source>
        <translation>Benachrichtigungen über beendete Aufgaben erscheinen hier.</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>notifications</comment>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tasks that completed or stopped being watched; Enter shows the task</source>
        <translation>Aufgaben, die abgeschlossen sind oder nicht mehr beobachtet werden; Eingabe zeigt die Aufgabe</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Notification Settings…</source>
        <translation>Benachrichtigungseinstellungen …</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <source>No desktop notification for the selected tasks; the Notifications tab still lists them</source>
        <translation>Keine Desktop-Benachrichtigung für die ausgewählten Aufgaben; der Reiter Benachrichtigungen listet sie weiterhin</translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Pause All</source>
        <comment>tray menu</comment>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>tray menu</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>do not disturb</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <comment>do not disturb</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>For One Hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Until Tomorrow Morning</source>
        <translation>Bis morgen früh</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped, %3 done</source>
        <translation>%1 laufen, %2 fehlgeschlagen oder beendet, %3 erledigt</translation>
    </message>
    <message>
        <source>Still running in the tray, watching your tasks. Quit from the tray menu.</source>
        <translation>Läuft weiter im Systemabschnitt der Kontrollleiste und beobachtet Ihre Aufgaben. Beenden über das Menü des Symbols.</translation>
    </message>
</context>
<context>
    <name>OutcomeFilter</name>
    <message>
        <source>All</source>
        <comment>state filter</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>state filter</comment>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state filter</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>state filter</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>state filter</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>state filter</comment>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>PaneNavigator</name>
    <message>
        <source>Details</source>
        <comment>view menu</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>view menu</comment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Find in the result…</source>
        <translation>Im Resultat suchen …</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>View as Table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show the selected array of objects as a table, to sort or export as CSV</source>
        <translation>Das ausgewählte Array von Objekten als Tabelle anzeigen, um es zu sortieren oder als CSV zu exportieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>Öffnen mit …</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>menu button</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>View as table, save, or open the result elsewhere</source>
        <translation>Als Tabelle anzeigen, speichern oder das Resultat anderswo öffnen</translation>
    </message>
    <message>
        <source>Tree</source>
        <comment>result view</comment>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>result view</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy JSON Path</source>
        <translation>JSON-Pfad kopieren</translation>
    </message>
    <message>
        <source>The result appears here when the task has completed.</source>
        <translation>Das Resultat erscheint hier, wenn die Aufgabe abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Preparing the result…</source>
        <translation>Resultat wird vorbereitet …</translation>
    </message>
    <message>
        <source>The result could not be shown: %1</source>
        <translation>Das Resultat konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The result is too large for the text view (%1): use the tree, Save, or Open With.</source>
        <translation>Das Resultat ist zu groß für die Textansicht (%1): Verwenden Sie den Baum, Speichern oder Öffnen mit.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 as a Table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Save Result</source>
        <translation>Resultat speichern</translation>
    </message>
    <message>
        <source>JSON, indented (*.json);;JSON, as received (*.json)</source>
        <translation>JSON, eingerückt (*.json);;JSON, wie empfangen (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not open the result: %1</source>
        <translation>Das Resultat konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Find in the result</source>
        <translation>Im Resultat suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Result as a tree</source>
        <translation>Resultat als Baum</translation>
    </message>
    <message>
        <source>Result as text</source>
        <translation>Resultat als Text</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Resultatansichten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each menu&apos;s actions and the keys that run them</source>
        <translation>Die Aktionen jedes Menüs und die Tasten, die sie auslösen</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>shortcuts dialog</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>shortcuts dialog</comment>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StateFilter</name>
    <message>
        <source>Show only the tasks in this state; combined with the text filter</source>
        <translation>Nur die Aufgaben in diesem Zustand anzeigen; zusammen mit dem Textfilter</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Show Tasks</source>
        <comment>menu: state filter</comment>
        <translation>Aufgaben zeigen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
</context>
<context>
    <name>TaskGetter</name>
    <message>
        <source>the pause ends at %1, after --timeout</source>
        <translation>die Pause endet um %1, nach --timeout</translation>
    </message>
    <message>
        <source>no answer within --timeout (%L1 s)</source>
        <translation>keine Antwort innerhalb von --timeout (%L1 s)</translation>
    </message>
</context>
<context>
    <name>TaskMonitor</name>
    <message>
        <source>Task succeeded</source>
        <translation>Aufgabe erfolgreich</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Task canceled</source>
        <translation>Aufgabe abgebrochen</translation>
    </message>
    <message>
        <source>Task completed without a status</source>
        <translation>Aufgabe ohne Status abgeschlossen</translation>
    </message>
    <message>
        <source>Task completed: %1</source>
        <translation>Aufgabe abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Not connected: enter the Veza address and API key in Connections.</source>
        <translation>Nicht verbunden: Geben Sie unter Verbindungen die Veza-Adresse und den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Task not found</source>
        <translation>Aufgabe nicht gefunden</translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <translation>Abfrage angehalten</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Beobachtung beendet</translation>
    </message>
    <message>
        <source>Rate limited, next request at %1</source>
        <translation>Ratenbegrenzt, nächste Anfrage um %1</translation>
    </message>
    <message>
        <source>Offline: polling resumes when the network is back.</source>
        <translation>Offline: Die Abfrage wird fortgesetzt, sobald das Netzwerk zurück ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TaskOutcome</name>
    <message>
        <source>Queued</source>
        <comment>task outcome</comment>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>task outcome</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>task outcome</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task outcome</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>task outcome</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task outcome</comment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>task outcome</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Stale: last answer failed</source>
        <comment>task outcome</comment>
        <translation>Veraltet: letzte Antwort fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task outcome</comment>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>TaskProxyModel</name>
    <message>
        <source>Running %1 (%2). The bar under it has one step per age class: 1 min, 10 min, 1 h, 6 h and 24 h, when watching stops; it is not a completion estimate.</source>
        <translation>Läuft seit %1 (%2). Der Balken darunter hat eine Stufe je Altersklasse: 1 min, 10 min, 1 h, 6 h und 24 h, wenn die Beobachtung endet; er schätzt nicht den Fortschritt.</translation>
    </message>
</context>
<context>
    <name>TaskReader</name>
    <message>
        <source>The server&apos;s answer is unreadable. %1</source>
        <translation>Die Antwort des Servers ist nicht lesbar. %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is JSON but not an object.</source>
        <translation>Die Antwort des Servers ist JSON, aber kein Objekt.</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>: the API key is wrong, expired or lacks rights; check VEZA_TOKEN or the file given to --token-file.</source>
        <translation>: Der API-Schlüssel ist falsch, abgelaufen oder hat nicht die nötigen Rechte; prüfen Sie VEZA_TOKEN oder die mit --token-file angegebene Datei.</translation>
    </message>
    <message>
        <source> Server message: %1.</source>
        <translation> Meldung des Servers: %1.</translation>
    </message>
    <message>
        <source> Request id for Veza support: %1.</source>
        <translation> Anfrage-ID für den Veza-Support: %1.</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Unknown</source>
        <comment>task state</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>task state</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>task state</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>task state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <comment>a state this client does not know</comment>
        <translation>Unbekannter Zustand</translation>
    </message>
    <message>
        <source>Unknown state “%1”</source>
        <comment>the state as sent</comment>
        <translation>Unbekannter Zustand „%1“</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Unknown</source>
        <comment>task status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>task status</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>task status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <comment>a status this client does not know</comment>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>Unknown status “%1”</source>
        <comment>the status as sent</comment>
        <translation>Unbekannter Status „%1“</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task list cannot be opened (%1): tasks added now will not be kept.</source>
        <translation>Die Aufgabenliste kann nicht geöffnet werden (%1): Jetzt hinzugefügte Aufgaben werden nicht behalten.</translation>
    </message>
    <message>
        <source>The task list at %1 cannot be read (%2); it was left as it is, and tasks added now will not be kept.</source>
        <translation>Die Aufgabenliste unter %1 kann nicht gelesen werden (%2); sie wurde belassen, wie sie ist, und jetzt hinzugefügte Aufgaben werden nicht behalten.</translation>
    </message>
    <message>
        <source>The task list at %1 is in use by another program: tasks added now will not be kept. Close the other program and restart.</source>
        <translation>Die Aufgabenliste unter %1 wird von einem anderen Programm verwendet: Jetzt hinzugefügte Aufgaben werden nicht behalten. Schließen Sie das andere Programm und starten Sie neu.</translation>
    </message>
    <message>
        <source>The task list at %1 is damaged and its folder is read-only, so it was left as it is (%2).</source>
        <translation>Die Aufgabenliste unter %1 ist beschädigt und ihr Ordner schreibgeschützt, daher wurde sie belassen, wie sie ist (%2).</translation>
    </message>
    <message>
        <source>The task list at %1 is damaged and could not be moved aside: tasks added now will not be kept.</source>
        <translation>Die Aufgabenliste unter %1 ist beschädigt und konnte nicht beiseitegelegt werden: Jetzt hinzugefügte Aufgaben werden nicht behalten.</translation>
    </message>
    <message>
        <source>The task list was damaged; it was moved to %1 and a new one was started.</source>
        <translation>Die Aufgabenliste war beschädigt; sie wurde nach %1 verschoben und eine neue begonnen.</translation>
    </message>
    <message>
        <source>The task list at %1 was written by a newer version of the app: it is shown read-only, and changes are not saved.</source>
        <translation>Die Aufgabenliste unter %1 wurde von einer neueren Version der Anwendung geschrieben: Sie wird schreibgeschützt angezeigt, und Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The task list at %1 cannot be written (read-only file or folder): changes are not saved.</source>
        <translation>Die Aufgabenliste unter %1 kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner): Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The task list at %1 could not be prepared (%2): tasks added now will not be kept.</source>
        <translation>Die Aufgabenliste unter %1 konnte nicht vorbereitet werden (%2): Jetzt hinzugefügte Aufgaben werden nicht behalten.</translation>
    </message>
    <message>
        <source>The task list at %1 could not be read (%2).</source>
        <translation>Die Aufgabenliste unter %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The task list could not be saved: %1</source>
        <translation>Die Aufgabenliste konnte nicht gespeichert werden: %1</translation>
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
        <translation>Warten …</translation>
    </message>
    <message>
        <source>checking…</source>
        <comment>next check</comment>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>due</source>
        <comment>next check</comment>
        <translation>fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>next check</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>None (not polled)</source>
        <comment>a task whose connection was removed</comment>
        <translation>Keine (nicht abgefragt)</translation>
    </message>
    <message>
        <source>Showing the last known state: requests have failed since %1.</source>
        <translation>Letzter bekannter Zustand: Anfragen schlagen seit %1 fehl.</translation>
    </message>
    <message>
        <source>This task&apos;s connection was removed: move it to a connection to poll it again.</source>
        <translation>Die Verbindung dieser Aufgabe wurde entfernt: Verschieben Sie sie in eine Verbindung, um sie wieder abzufragen.</translation>
    </message>
    <message>
        <source>Task id</source>
        <comment>column</comment>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>column</comment>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>State</source>
        <comment>column</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>column</comment>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Next check</source>
        <comment>column</comment>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Last checked</source>
        <comment>column</comment>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Last answer</source>
        <comment>column</comment>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>column</comment>
        <translation>Verbindung</translation>
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
        <translation>Fehlgeschlagene Antworten in Folge: %L1.</translation>
    </message>
</context>
<context>
    <name>TaskWaiter</name>
    <message>
        <source>the API key was rejected; check VEZA_TOKEN or --token-file.</source>
        <translation>der API-Schlüssel wurde abgelehnt; prüfen Sie VEZA_TOKEN oder --token-file.</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n task(s)</source>
        <translation>
            <numerusform>warte auf %n Aufgabe</numerusform>
            <numerusform>warte auf %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>: not found (HTTP 404) yet; asking again for up to %1.</source>
        <translation>: noch nicht gefunden (HTTP 404); erneute Nachfrage für bis zu %1.</translation>
    </message>
    <message>
        <source> Still waiting.</source>
        <translation> Warte weiter.</translation>
    </message>
    <message>
        <source>%1: stopped after the polling policy&apos;s longest watch (%2)</source>
        <translation>%1: angehalten nach der längsten Beobachtungsdauer der Abfrageregeln (%2)</translation>
    </message>
    <message>
        <source>timed out after %1; not finished: %2</source>
        <translation>Zeitüberschreitung nach %1; nicht beendet: %2</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 canceled, %4 not found, %5 unfinished</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 abgebrochen, %4 nicht gefunden, %5 nicht beendet</translation>
    </message>
</context>
<context>
    <name>TrackedTask</name>
    <message>
        <source>Paused</source>
        <comment>polling of one task</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Beobachtung beendet</translation>
    </message>
    <message>
        <source>Stopped: refused</source>
        <comment>polling stopped on a permanent error</comment>
        <translation>Angehalten: abgelehnt</translation>
    </message>
</context>
<context>
    <name>VezaClient</name>
    <message>
        <source>no base URL or API key</source>
        <translation>keine Basis-URL oder kein API-Schlüssel</translation>
    </message>
    <message>
        <source>task id: %1</source>
        <translation>Aufgaben-ID: %1</translation>
    </message>
    <message>
        <source>answer larger than %1: stopped reading</source>
        <translation>Antwort größer als %1: Lesen beendet</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (%2 received)</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (%2 empfangen)</translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password; this connection has none</source>
        <translation>der Proxy verlangt einen Benutzernamen und ein Passwort; diese Verbindung hat keine</translation>
    </message>
    <message>
        <source>the proxy refused the user name “%1” and its password</source>
        <translation>der Proxy hat den Benutzernamen „%1“ und sein Passwort abgelehnt</translation>
    </message>
    <message>
        <source>redirect to another origin</source>
        <translation>Weiterleitung zu einem anderen Ursprung</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>VezaError</name>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Sein SHA-256-Fingerabdruck ist %1.</translation>
    </message>
    <message>
        <source>Connection not set up</source>
        <translation>Verbindung nicht eingerichtet</translation>
    </message>
    <message>
        <source>Proxy refused the credentials</source>
        <translation>Proxy hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Redirect loop</source>
        <translation>Weiterleitungsschleife</translation>
    </message>
    <message>
        <source>Answer cut off (HTTP %1)</source>
        <translation>Antwort abgeschnitten (HTTP %1)</translation>
    </message>
    <message>
        <source>Answer cut off</source>
        <translation>Antwort abgeschnitten</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Key rejected (HTTP %1)</source>
        <translation>Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation>Ratenbegrenzt (HTTP 429)</translation>
    </message>
    <message>
        <source>Service unavailable (HTTP 503)</source>
        <translation>Dienst nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The connection is not usable.</source>
        <translation>Die Verbindung ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The proxy refused the request for want of a valid user name and password (HTTP 407). Check them in the connection&apos;s proxy settings.</source>
        <translation>Der Proxy hat die Anfrage mangels gültigem Benutzernamen und Passwort abgelehnt (HTTP 407). Prüfen Sie sie in den Proxy-Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>Could not reach the Veza server. Check the network and the base URL.</source>
        <translation>Der Veza-Server ist nicht erreichbar. Prüfen Sie das Netzwerk und die Basis-URL.</translation>
    </message>
    <message>
        <source>The Veza server did not answer in time.</source>
        <translation>Der Veza-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A secure connection to the Veza server could not be made.</source>
        <translation>Es konnte keine sichere Verbindung zum Veza-Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that the API key stays with this server.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet; dem wurde nicht gefolgt, damit der API-Schlüssel bei diesem Server bleibt.</translation>
    </message>
    <message>
        <source>The server keeps redirecting the request (a redirect loop); it was stopped. The last known state is kept and polling continues.</source>
        <translation>Der Server leitet die Anfrage immer wieder weiter (eine Weiterleitungsschleife); sie wurde beendet. Der letzte bekannte Zustand bleibt erhalten, und die Abfrage läuft weiter.</translation>
    </message>
    <message>
        <source>The connection failed while the answer (HTTP %1) was being read; what arrived was not used. The last known state is kept and polling continues.</source>
        <translation>Die Verbindung ist beim Lesen der Antwort (HTTP %1) abgebrochen; das Empfangene wurde nicht verwendet. Der letzte bekannte Zustand bleibt erhalten, und die Abfrage läuft weiter.</translation>
    </message>
    <message>
        <source>The connection failed while the answer was being read; what arrived was not used.</source>
        <translation>Die Verbindung ist beim Lesen der Antwort abgebrochen; das Empfangene wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The answer was larger than the client accepts, so it stopped reading it. The last known state is kept.</source>
        <translation>Die Antwort war größer, als der Client annimmt, daher hat er das Lesen beendet. Der letzte bekannte Zustand bleibt erhalten.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 403): it lacks the rights for this task. Use a key with access to assessments.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP 403): Ihm fehlen die Rechte für diese Aufgabe. Verwenden Sie einen Schlüssel mit Zugriff auf Assessments.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401): it is wrong or has expired. Enter a valid key in Connections.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP 401): Er ist falsch oder abgelaufen. Geben Sie unter Verbindungen einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Veza does not know this task id (HTTP 404). It may be mistyped, not visible yet, or expired.</source>
        <translation>Veza kennt diese Aufgaben-ID nicht (HTTP 404). Sie ist vielleicht falsch geschrieben, noch nicht sichtbar oder abgelaufen.</translation>
    </message>
    <message>
        <source>Veza asked the app to slow down (HTTP 429). Polling resumes automatically.</source>
        <translation>Veza hat die Anwendung gebeten, langsamer zu werden (HTTP 429). Die Abfrage wird automatisch fortgesetzt.</translation>
    </message>
    <message>
        <source>The Veza service is temporarily unavailable (HTTP 503). Polling resumes automatically.</source>
        <translation>Der Veza-Dienst ist vorübergehend nicht verfügbar (HTTP 503). Die Abfrage wird automatisch fortgesetzt.</translation>
    </message>
    <message>
        <source>The Veza server had an internal error (HTTP %1). The last known state is kept and polling continues.</source>
        <translation>Auf dem Veza-Server ist ein interner Fehler aufgetreten (HTTP %1). Der letzte bekannte Zustand bleibt erhalten, und die Abfrage läuft weiter.</translation>
    </message>
    <message>
        <source>The Veza server refused the request (HTTP %1).</source>
        <translation>Der Veza-Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The Veza server&apos;s answer could not be read as a task. The last known state is kept.</source>
        <translation>Die Antwort des Veza-Servers konnte nicht als Aufgabe gelesen werden. Der letzte bekannte Zustand bleibt erhalten.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Server message: %1.</source>
        <translation>Meldung des Servers: %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Request id for Veza support: %1.</source>
        <translation>Anfrage-ID für den Veza-Support: %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quarterly access review</source>
        <translation>Quartalsweise Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Dormant admin accounts</source>
        <translation>Inaktive Administratorkonten</translation>
    </message>
    <message>
        <source>Snowflake role audit</source>
        <translation>Snowflake-Rollenprüfung</translation>
    </message>
    <message>
        <source>Okta to AWS entitlement export</source>
        <translation>Export der Berechtigungen von Okta nach AWS</translation>
    </message>
    <message>
        <source>Risk owner sync</source>
        <translation>Abgleich der Risikoverantwortlichen</translation>
    </message>
    <message>
        <source>Report from last week</source>
        <translation>Bericht der letzten Woche</translation>
    </message>
    <message>
        <source>GitHub org permissions</source>
        <translation>Berechtigungen der GitHub-Organisation</translation>
    </message>
    <message>
        <source>Service accounts without owner</source>
        <translation>Dienstkonten ohne Verantwortlichen</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>Demo-Simulator</translation>
    </message>
    <message>
        <source>Watch Veza async tasks until they complete.</source>
        <translation>Veza-Aufgaben beobachten, bis sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Run against a built-in simulator with sample tasks.</source>
        <translation>Mit einem eingebauten Simulator und Beispielaufgaben ausführen.</translation>
    </message>
    <message>
        <source>Every argument after this one is text holding task ids, even one that starts with a dash (for .desktop files: --add %U).</source>
        <translation>Jedes Argument nach diesem ist Text mit Aufgaben-IDs, auch eines, das mit einem Bindestrich beginnt (für .desktop-Dateien: --add %U).</translation>
    </message>
    <message>
        <source>Task ids, task URLs, or any text holding them, as a paste would be read; - reads standard input. When the app already runs, its window gets them.</source>
        <translation>Aufgaben-IDs, Aufgaben-URLs oder beliebiger Text, der sie enthält, gelesen wie beim Einfügen; - liest die Standardeingabe. Läuft die Anwendung bereits, erhält ihr Fenster sie.</translation>
    </message>
</context>
</TS>
