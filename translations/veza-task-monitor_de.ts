<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste anything that holds task ids: API answers, curl output, log lines, task URLs, table columns or lists. Nothing is sent before you choose Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for every task added, e.g. Quarterly access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>dialog button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Veza tenant these tasks belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 KiB of %2 KiB, read-only; the preview covers all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: these ids were read when the text arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task ids found: nothing will be added. Task ids are UUIDs, task URLs, the id fields of API answers, an id column or a list of ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) will be added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unticked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (listed below with why).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>certificate date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “%1” showed a certificate that is not trusted, so nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. Trusting pins this exact certificate for “%1” only: other connections are not affected, and a renewed certificate is refused again. If your organisation inspects TLS traffic, adding its CA certificate file to the connection is the better fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” is larger than %2; a file of CA certificates is far smaller. Choose a PEM file that holds only the CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” holds no certificate in PEM form (text blocks that start with -----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>polling %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the address of your Veza tenant, for example https://your-org.vezacloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are supported (http:// for this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>%1 (this session)</source>
        <comment>connection from VEZA_URL</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the Veza tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veza &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <comment>proxy host placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when your organisation inspects TLS traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted beside the system&apos;s, for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificates you chose to trust for this connection after it refused them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust No Longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to stop trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · this session</source>
        <comment>connection list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key for this session only</source>
        <comment>connection list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks are read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key saved for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Administration &gt; API Keys in Veza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key (the saved one stays until you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password (the saved one stays until you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new connection: it is used once you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key (from Administration &gt; API Keys in Veza).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Storing the secrets in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the system keychain did not keep the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not keep the secrets of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the key is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved without its key: enter it again once the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n task(s). What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move the %n task(s) to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove the connection and its %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other connection to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificates are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>—</source>
        <comment>no status yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code:</source>
        <comment>Veza&apos;s code field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <comment>Veza&apos;s message field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <comment>Veza&apos;s detail messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a summary for a support ticket: the task, its connection, state, errors and request ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the task&apos;s request as a curl command; the API key is left to $VEZA_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <comment>timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <comment>requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <comment>requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <comment>requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <comment>details section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>details section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <comment>details section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reason (error_reason):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error detail (error_status):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client does not know this value: a newer server may have sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Showing the last known state: requests have failed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result appears here when the task has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no HTTP status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>request outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>time in the current state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>polling</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved result could not be read from the task list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reason (error_reason), code %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error detail (error_status), code %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sent no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %L2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer (after %L1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>JSON field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request or trace id (labelled “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request or trace id (JSON field %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a task&apos;s result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside error details (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a task id field (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the id column (column “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UUID, and the text is no list of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id, in the id column (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is larger than %1 MiB: nothing was read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 ids are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more left out (not listed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdParser</name>
    <message>
        <source>empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be sent as a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry skipped: not a task id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries skipped: not task ids (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdPreviewModel</name>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id</source>
        <comment>preview column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <comment>preview column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <comment>preview column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonIndex</name>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text is larger than 4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>(value)</source>
        <comment>column of array items that are not objects</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <comment>JSON tree column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>JSON tree column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>JSON tree column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <comment>JSON tree column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <comment>JSON tree column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No system keychain answered: install or unlock one that offers the Secret Service (GNOME Keyring, KWallet or another provider) and try again; until then, the key is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for the key has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to give out the key: unlock it or allow this app, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to store the key: unlock it or allow this app, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to remove the key: unlock it or allow this app, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadLimits</name>
    <message>
        <source>a number of requests per second from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of requests from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadLimitsBox</name>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much load polling this connection puts on the Veza tenant. Raise it only when the tenant&apos;s owners agree: a 429 answer still pauses polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veza Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task ids (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the selected tasks (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Now</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Veza now about the selected tasks, or all when none is selected (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Selected</source>
        <comment>context menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop polling the selected tasks until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Selected</source>
        <comment>context menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the selected tasks again, including ones no longer watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veza tenants: addresses, API keys, proxies and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Id</source>
        <comment>context menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Ids</source>
        <comment>context menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the task ids found in .txt, .csv, .tsv, .json, .jsonl or .log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every task to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected tasks to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected completed tasks to the archive (they stay saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive All Completed</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Archive</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived Tasks</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veza Task Monitor — Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Automatically</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>auto-archive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Day(s) After Completion</source>
        <comment>auto-archive</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of one connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tasks whose columns contain this text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Connection</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <comment>banner button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>banner button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key; enter it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) polling</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) polling · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: add your Veza tenant&apos;s address and API key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Certificate…</source>
        <comment>banner button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Veza Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.
Paste task ids here with %1, drop a file here, or use Add (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of “%1” could not be saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved task list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No task ids found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Task Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files with task ids (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1. Task ids are read from .txt, .csv, .tsv, .json, .jsonl and .log files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tasks</source>
        <comment>dialog title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have results, which are discarded with them. Edit › Undo brings them back until the app is closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n task(s). Edit › Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only completed tasks can be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s): View › Archived Tasks shows them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n task(s) from the archive.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s) completed more than %1 ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>auto-archive age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n task(s) to %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, with results (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veza-tasks-selected</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veza-tasks</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 waiting for an answer</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 pending</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 in progress</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 canceled</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 complete</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 complete (%2)</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 not found</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 no longer watched</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 in an unknown state</source>
        <comment>status bar count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <comment>status bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling paused; requests in flight: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight: %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>Task succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed without a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>tasks</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <comment>tasks</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <comment>tasks</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer watched</source>
        <comment>tasks</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify on the desktop when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is no longer watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection has a problem, and when it recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions within two seconds are shown as one notification. Muted tasks and Do Not Disturb silence the desktop; the Notifications tab always lists everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an icon in the system tray; closing the window then keeps watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPane</name>
    <message>
        <source>Notifications about finished tasks appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Notification Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification for the selected tasks; the Notifications tab still lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause All</source>
        <comment>tray menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>tray menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For One Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until Tomorrow Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped, %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running in the tray, watching your tasks. Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneNavigator</name>
    <message>
        <source>Details</source>
        <comment>view menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>view menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Find in the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected array of objects as a table, to sort or export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>menu button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as table, save, or open the result elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <comment>result view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <comment>result view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result appears here when the task has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is too large for the text view (%1): use the tree, Save, or Open With.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, indented (*.json);;JSON, as received (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskGetter</name>
    <message>
        <source>the pause ends at %1, after --timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within --timeout (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskMonitor</name>
    <message>
        <source>Task succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed without a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: enter the Veza address and API key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited, next request at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: polling resumes when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskReader</name>
    <message>
        <source>The server&apos;s answer is unreadable. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>: the API key is wrong, expired or lacks rights; check VEZA_TOKEN or the file given to --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Server message: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Request id for Veza support: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Unknown</source>
        <comment>task state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>task state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>task state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>task state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state</source>
        <comment>a state this client does not know</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state “%1”</source>
        <comment>the state as sent</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Unknown</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <comment>a status this client does not know</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”</source>
        <comment>the status as sent</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task list cannot be opened (%1): tasks added now will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 cannot be read (%2); it was left as it is, and tasks added now will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 is in use by another program: tasks added now will not be kept. Close the other program and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 is damaged and its folder is read-only, so it was left as it is (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 is damaged and could not be moved aside: tasks added now will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list was damaged; it was moved to %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 was written by a newer version of the app: it is shown read-only, and changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 cannot be written (read-only file or folder): changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 could not be prepared (%2): tasks added now will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list at %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no state yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <comment>first request not answered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <comment>next check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <comment>next check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>next check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not polled)</source>
        <comment>a task whose connection was removed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last known state: requests have failed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task&apos;s connection was removed: move it to a connection to poll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 h %2 min</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 · %L2 ms</source>
        <comment>last answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed answers in a row: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskWaiter</name>
    <message>
        <source>the API key was rejected; check VEZA_TOKEN or --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>: not found (HTTP 404) yet; asking again for up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped after the polling policy&apos;s longest watch (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1; not finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 canceled, %4 not found, %5 unfinished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackedTask</name>
    <message>
        <source>Paused</source>
        <comment>polling of one task</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: refused</source>
        <comment>polling stopped on a permanent error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VezaClient</name>
    <message>
        <source>no base URL or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer larger than %1: stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 s (%2 received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password; this connection has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused the user name “%1” and its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VezaError</name>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer cut off (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the request for want of a valid user name and password (HTTP 407). Check them in the connection&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Veza server. Check the network and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Veza server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the Veza server could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that the API key stays with this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting the request (a redirect loop); it was stopped. The last known state is kept and polling continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed while the answer (HTTP %1) was being read; what arrived was not used. The last known state is kept and polling continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed while the answer was being read; what arrived was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than the client accepts, so it stopped reading it. The last known state is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 403): it lacks the rights for this task. Use a key with access to assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401): it is wrong or has expired. Enter a valid key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veza does not know this task id (HTTP 404). It may be mistyped, not visible yet, or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veza asked the app to slow down (HTTP 429). Polling resumes automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Veza service is temporarily unavailable (HTTP 503). Polling resumes automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Veza server had an internal error (HTTP %1). The last known state is kept and polling continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Veza server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Veza server&apos;s answer could not be read as a task. The last known state is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id for Veza support: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quarterly access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant admin accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowflake role audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta to AWS entitlement export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk owner sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub org permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accounts without owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Veza async tasks until they complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a built-in simulator with sample tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every argument after this one is text holding task ids, even one that starts with a dash (for .desktop files: --add %U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ids, task URLs, or any text holding them, as a paste would be read; - reads standard input. When the app already runs, its window gets them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
