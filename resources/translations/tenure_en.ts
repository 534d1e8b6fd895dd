<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActiveDirectoryKind</name>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows domain over LDAPS: user objects, userAccountControl, initial passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a random initial password on new accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as unicodePwd, which AD accepts over LDAPS or StartTLS only; the password is handed over once through the keychain, never logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a password change at first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bind password; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give new accounts a random initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire a password change at first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDecision</name>
    <message>
        <source>Already decided: %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You requested this; a second person must decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to reject: the requester reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the rehire is carried out: reactivate the archived account or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 you do not decide %2 requests; an admin does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BambooHrKind</name>
    <message>
        <source>BambooHR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees from BambooHR&apos;s API: a custom report of every employee, or the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BambooHR company domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain only: acme for acme.bamboohr.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BambooHR API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How employees are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory lists current employees only, so leavers are not seen: use it only when the API key may not run reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom report of every employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee directory (current employees only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out future-dated changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a hire who starts next month is read now and planned for the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out f&amp;uture-dated changes (onlyCurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BambooHR API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: https://api.bamboohr.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a gateway between Tenure and BambooHR: requests go to this server&apos;s /api/gateway.php/ and the company domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is always verified; name a CA only if the server uses a private one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvKind</name>
    <message>
        <source>CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file HR exports: one worker per line, the header names the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HR export, e.g. /srv/hr/workers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect: a byte order mark decides; else UTF-8 when the file is valid UTF-8, else Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the column with each worker&apos;s id, e.g. WorkerID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the column that holds the worker id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraFields</name>
    <message>
        <source>Directory (tenant) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory (tenant) ID, or a verified domain such as contoso.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration&apos;s application (client) ID, a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;edential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App credential type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft recommends a certificate over a client secret for apps that run unattended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with the certificate and its private key; read into the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read once, when you test or save; the keychain keeps its content, the workspace neither the content nor the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;oud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the sign-in and Graph URLs of the cloud the tenant lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (microsoft.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government L4 (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China, operated by 21Vianet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: the URLs below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a proxy or a test server with its own CA; the certificate is always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication (client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifi&amp;cate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraInboundKind</name>
    <message>
        <source>Entra inbound provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes workers to an API-driven inbound provisioning app; its job maps and matches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning app&apos;s service principal object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object ID of the provisioning app&apos;s service principal, a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning job, e.g. API2AAD.b16687d38faf42ad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both IDs are in the provisioning app&apos;s API endpoint: …/servicePrincipals/{service principal ID}/synchronization/jobs/{job ID}/bulkUpload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job ID holds only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom SCIM schema namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urn:ietf:params:scim:schemas:extension:tenure:1.0:User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace of attributes outside the core and enterprise schemas; the job&apos;s attribute mapping must know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema namespace is a URN, starting with &quot;urn:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app&apos;s credential; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice principal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custo&amp;m schema:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphKind</name>
    <message>
        <source>Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud accounts through Microsoft Graph, signed in as an app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified domain for new user principal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified domain such as contoso.com: new users are alias@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the mapping gives no userPrincipalName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use delta queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sign-in sessions when disabling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app&apos;s credential; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain for ne&amp;w users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only the changes after the first read (delta &amp;query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a disabled user out everywhere (re&amp;voke sessions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdapFields</name>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldaps://dc1.corp.example.com (AD takes passwords over LDAPS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldaps://ldap.example.com or ldap://host:389</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN=svc-tenure,OU=Service Accounts,DC=corp,DC=example,DC=com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn=tenure,ou=Services,dc=example,dc=com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtree that holds the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where new accounts go; empty: the base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt an ldap:// connection before binding (RFC 4511 §4.14). Not used with ldaps://, which is encrypted from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: without verification anyone on the network path can pose as this directory and read the bind password. Configure the CA file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ind DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bas&amp;e DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade &amp;with StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdapKind</name>
    <message>
        <source>LDAP directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenLDAP or any LDAP v3 directory; accounts are inetOrgPerson entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How leavers are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenLDAP&apos;s ppolicy overlay locks an account with pwdAccountLockedTime; without it, Tenure plans no disables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the account (ppolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: this directory cannot disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bind password; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow leavers are disabled:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLabels</name>
    <message>
        <source>Whole plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected operations of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumption of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (no news)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 · %2 · %3 · %Ln operation(s) · by %4</source>
        <translation>
            <numerusform>Run %1 · %2 · %3 · %Ln operation · by %4</numerusform>
            <numerusform>Run %1 · %2 · %3 · %Ln operations · by %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimBulkFileKind</name>
    <message>
        <source>SCIM bulk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM BulkRequest file, as an HR integration would send to Entra inbound provisioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM bulk request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file holding one SCIM BulkRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM bulk requests (*.json *.scim);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker id attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker id attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute with each worker&apos;s id, e.g. externalId or employeeNumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the attribute that holds the worker id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimKind</name>
    <message>
        <source>SCIM 2.0 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any application with a SCIM 2.0 /Users endpoint and a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCIM service root, e.g. https://app.example.com/scim/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: over http:// the bearer token and every account travel unencrypted. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is always verified; name a CA only if the service uses a private one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match users by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute users are matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a create, the user is looked up by it, so a create resumed after a lost connection never makes a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How updates are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH when the service says it supports it, else PUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always PUT the whole user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How batches are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Bulk when the service says it supports it, else one request each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always one request per operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bearer token; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bas&amp;e URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bat&amp;ches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the service&apos;s /ServiceProviderConfig offers /Bulk (RFC 7644 §3.7), a run sends many operations per request, within the service&apos;s maxOperations and maxPayloadSize. Choose one request per operation for a service whose /Bulk misbehaves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlKind</name>
    <message>
        <source>SQL staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of a query on an HR staging table or view (SQLite, PostgreSQL, ODBC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dri&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QtSql driver; it must be installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (QPSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file (QSQLITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC data source (QODBC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: the database name; SQLite: the file; ODBC: the DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: the driver&apos;s default (5432 for PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only role is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the database asks for one; stored in the keychain, never in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sslmode=verify-full;sslrootcert=/etc/tenure/db-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT * FROM hr_staging.workers — one SELECT, no &apos;;&apos; and no ORDER BY at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a worker; the column names are the field names mappings use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with each worker&apos;s id, e.g. WorkerID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the column that holds the worker id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a column that grows with every change, e.g. updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it, scheduled runs read only the rows changed since the last read; leavers are still found by full reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker &amp;id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;atermark column:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessFactorsKind</name>
    <message>
        <source>SAP SuccessFactors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People from Employee Central (OData v2 PerPerson), as an API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuccessFactors API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data centre&apos;s API server, e.g. https://api4.successfactors.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As SuccessFactors shows it; letters are case-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user, without @company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker id attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personIdExternal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API user&apos;s password; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker &amp;id attribute:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantValidation</name>
    <message>
        <source>Give the tenant a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tenant is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain &quot;/&quot; (it is part of the keychain reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot edit tenants of type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the HR source this directory is fed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret was for the other credential type: give the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a GUID such as 0785ef7c-2d7a-4542-b048-95bcab406e0b (8-4-4-4-12 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the directory (tenant) ID, a GUID, or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an https:// URL with a host, such as https://graph.microsoft.com/v1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a domain such as contoso.com, without &quot;@&quot; or a scheme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Models</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future-dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Models::PlanModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Models::RunOutcomeModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ApprovalDiffView</name>
    <message>
        <source>What approving it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What approving the request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations the request approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what approving it changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ApprovalsPage</name>
    <message>
        <source>Show decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Approvals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list approved, rejected and carried-out requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a second person to disable a worker&apos;s accounts everywhere now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you approve or reject (required to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an emergency termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this cannot wait for HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person approves it here; then every enabled account of the worker is disabled at once and a hold keeps syncs from enabling it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Tenant: %1 · Worker: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 by &lt;b&gt;%2&lt;/b&gt; on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the worker&apos;s accounts in every directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency termination was not carried out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency termination carried out.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled account in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a4262c&apos;&gt;Failed: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold #%1 keeps later syncs from enabling the accounts until HR records the termination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency termination was not requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency &amp;termination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this rehire carried out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacti&amp;vate the archived account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old account is enabled again with the attributes and OU of the new role. Its old group memberships are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived account stays disabled; the next preview plans a new account for the worker, with new unique values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the emergency termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · admin: every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · HR staff: emergency terminations and rehires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehires, emergency terminations and plans above the safety thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency terminations and rehires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request you may decide was ever made in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.
%1 appear here when a person must decide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what approving it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 · %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Requested by &lt;b&gt;%4&lt;/b&gt; on %5&lt;br&gt;Why: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Plan %1 (approves exactly what hashes to %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up worker %1&apos;s enabled accounts in every directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading plan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this request changes cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several workers match “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency termination needs the worker (a name or id) and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested #%1 for worker %2: a second person must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency termination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::AuditPage</name>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every event&apos;s SHA-256 link: an edited, removed or inserted event shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in subject, why, before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify the audit chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %n event(s) verified</source>
        <translation>
            <numerusform>✔ Chain intact: %n event verified</numerusform>
            <numerusform>✔ Chain intact: %n events verified</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Chain broken at event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at event %1 (%2, %3): %4. Events from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day shown (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day shown, included (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n event(s) shown (%2) to %1</source>
        <translation>
            <numerusform>Exported the %n event shown (%2) to %1</numerusform>
            <numerusform>Exported the %n events shown (%2) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::CategoryChart</name>
    <message>
        <source>Operations by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln operation(s)</source>
        <translation>
            <numerusform>%1: %Ln operation</numerusform>
            <numerusform>%1: %Ln operations</numerusform>
        </translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show every operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Choose a category to show only its operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::CategoryChips</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show only the %Ln %1 operation(s)</source>
        <translation>
            <numerusform>Show only the %Ln %1 operation</numerusform>
            <numerusform>Show only the %Ln %1 operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln operation(s); show only these</source>
        <translation>
            <numerusform>%1: %Ln operation; show only these</numerusform>
            <numerusform>%1: %Ln operations; show only these</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln operation(s)</source>
        <translation>
            <numerusform>All: %Ln operation</numerusform>
            <numerusform>All: %Ln operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ConnectorForm</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; stored in the keychain, never in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; choose a new file to replace it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::DueScheduler</name>
    <message>
        <source>Due work could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due operation(s) carried out, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due work failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ExpressionEditor</name>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Join(&quot;.&quot;, ToLower([FirstName]), ToLower([LastName]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::InitialPasswordsButton</name>
    <message>
        <source>New accounts&apos; initial passwords, waiting to be handed over once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 initial password to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 initial passwords to hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::InitialPasswordsDialog</name>
    <message>
        <source>&amp;Reveal and remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Active Directory accounts get a random initial password, which the person must change at first sign-in. Reveal one to hand it over: it is shown here once and removed from the keychain at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial passwords waiting to be handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account and reveal its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Closing this window clears the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initial password waits. A run that creates Active Directory accounts adds them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the initial password of %1? It is removed from the keychain as it is shown: nobody can see it again, here or with tenure-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password of %1, shown this once:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::MainWindow</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is in progress. Closing cancels it: a run stops before its next operation, and what was written stays written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::MappingPage</name>
    <message>
        <source>&amp;Import Entra schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the directory tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoping filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching order (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected HR attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Entra synchronization schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory to map yet. Add a directory tenant fed by an HR source on the Tenants page; then its HR attributes appear here to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1&apos;s HR source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the HR source of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HR source could not be read, so there are no attributes to map. Check its settings on the Tenants page, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mapping yet: drag HR attributes onto target attributes, start from a template, or import an Entra schema; then Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — changed, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an HR attribute on the left and a target attribute, then press Ctrl+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1 of %2&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: version %1 is saved again as version %2 of %3&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Entra schema: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n attribute rule(s). Review them, then Save (Ctrl+S).</source>
        <translation>
            <numerusform>Imported %n attribute rule. Review them, then Save (Ctrl+S).</numerusform>
            <numerusform>Imported %n attribute rules. Review them, then Save (Ctrl+S).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n attribute rule(s); not imported:</source>
        <translation>
            <numerusform>Imported %n attribute rule; not imported:</numerusform>
            <numerusform>Imported %n attribute rules; not imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the template &quot;%1&quot;. Adjust it to your HR attributes, then Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::MappingPreview</name>
    <message>
        <source>scoping filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live preview &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n worker(s)</source>
        <translation>
            <numerusform>The first %n worker</numerusform>
            <numerusform>The first %n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workers to preview: the HR source delivered none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::MappingRuleEditor</name>
    <message>
        <source>&amp;Matching attribute (finds the existing account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (an HR attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the account is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used when the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the target attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the target attribute as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Null value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a target attribute to edit its rule, or drop an HR attribute on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::MappingVersions</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back to the left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the left version again as the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version saved yet: build the mapping and press Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One version saved. Save again after a change to compare versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 against version %2: %n attribute(s) differ.</source>
        <translation>
            <numerusform>Version %1 against version %2: %n attribute differ.</numerusform>
            <numerusform>Version %1 against version %2: %n attributes differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::PlanDetailView</name>
    <message>
        <source>Operation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operation in the table to see each attribute&apos;s value before and after, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attribute changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute changes, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · HR line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(account)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::PreviewPage</name>
    <message>
        <source>Loading the workspace&apos;s directory tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read HR and the directory and plan what a sync would change (F5). Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan against the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, worker id, target or attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Tenants page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the HR source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 of %2 operations, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 of %2 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no directory tenant yet. Add one on the Tenants page (an HR source and the directory it feeds), then come back and press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory tenant and press Refresh (F5) to see what a sync would change. Nothing is written until you press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading HR and %1 and planning the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan. Fix the problem above (the Tenants page holds the connection settings), then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety rule stopped this plan; nothing can be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for %1 is empty: neither HR nor the directory has anyone in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is written to the directory as it goes. Leavers are disabled, never deleted. You can cancel between operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running plan %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed, %2 failed, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 was cancelled: %2. Refresh to plan what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished with failures: %2. The Outcome column says why; refresh to plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished: %2. Refresh to see the directory as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled; the plan shown is the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh first: Run carries out the plan shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has run; refresh to plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety rule blocked this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write: the directory matches HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 for %2 · %Ln operation(s), %3 to write · planned %4</source>
        <translation>
            <numerusform>Plan %1 for %2 · %Ln operation, %3 to write · planned %4</numerusform>
            <numerusform>Plan %1 for %2 · %Ln operations, %3 to write · planned %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %Ln change(s) to %1 now?</source>
        <translation>
            <numerusform>Apply %Ln change to %1 now?</numerusform>
            <numerusform>Apply %Ln changes to %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln operation</numerusform>
            <numerusform>%Ln operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carry out the %Ln change(s) of this plan (Ctrl+R)</source>
        <translation>
            <numerusform>Carry out the %Ln change of this plan (Ctrl+R)</numerusform>
            <numerusform>Carry out the %Ln changes of this plan (Ctrl+R)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the operations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV, for scripts and other tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the latest plan of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the latest plan of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Refresh (F5) to see what a sync to %1 would change: it has no plan yet. Nothing is written until you press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is plan %1 as it was stored. Press Refresh (F5) to plan again with what HR and the directory hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh first: Export writes the plan shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation is shown: clear the filter to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write the %Ln operation(s) shown, filtered and sorted as on screen, to CSV, Excel or PDF</source>
        <translation>
            <numerusform>Write the %Ln operation shown, filtered and sorted as on screen, to CSV, Excel or PDF</numerusform>
            <numerusform>Write the %Ln operations shown, filtered and sorted as on screen, to CSV, Excel or PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln operation(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln operation to %1…</numerusform>
            <numerusform>Exporting %Ln operations to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln operation(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln operation to %1</numerusform>
            <numerusform>Exported %Ln operations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n page)</numerusform>
            <numerusform>(%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n sheet(s) of operations: Excel holds 1,048,576 rows a sheet)</source>
        <translation>
            <numerusform>(%n sheet of operations: Excel holds 1,048,576 rows a sheet)</numerusform>
            <numerusform>(%n sheets of operations: Excel holds 1,048,576 rows a sheet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before the next step (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::RunsPage</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Runs&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see each operation&apos;s outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outcomes of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outcomes of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory tenant to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the tenant afresh, show what it would do, and carry it out once you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the run history again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.
Choose a directory tenant and press Run everything: Tenure plans it afresh, says what it would do and waits for your yes. Or select operations on the Preview page and press Run selected. Every run and each operation&apos;s outcome appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by worker, name, target or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending, sent without an answer, or skipped (cancelled, awaiting approval, already done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run se&amp;lected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %Ln se&amp;lected…</source>
        <translation>
            <numerusform>Run %Ln se&amp;lected…</numerusform>
            <numerusform>Run %Ln se&amp;lected…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select operations on the Preview page (Ctrl or Shift for several) to run only those</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carry out the %Ln operation(s) selected in plan %1 of %2, after your confirmation</source>
        <translation>
            <numerusform>Carry out the %Ln operation selected in plan %1 of %2, after your confirmation</numerusform>
            <numerusform>Carry out the %Ln operations selected in plan %1 of %2, after your confirmation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 afresh and send again what run %2&apos;s %Ln failed operation(s) still need</source>
        <translation>
            <numerusform>Plan %1 afresh and send again what run %2&apos;s %Ln failed operation still need</numerusform>
            <numerusform>Plan %1 afresh and send again what run %2&apos;s %Ln failed operations still need</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected run has no failed operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 afresh and carry out what run %2 left undone (skipped, cancelled, or interrupted), nothing twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected run left nothing undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the HR source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety rule stopped the plan; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning %1 afresh before the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading plan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning %1 afresh to retry run %2&apos;s failed operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning %1 afresh to resume run %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carry out %Ln operation(s) on %1 now?</source>
        <translation>
            <numerusform>Carry out %Ln operation on %1 now?</numerusform>
            <numerusform>Carry out %Ln operations on %1 now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry of run %1: planned afresh for the %Ln operation(s) that failed.</source>
        <translation>
            <numerusform>Retry of run %1: planned afresh for the %Ln operation that failed.</numerusform>
            <numerusform>Retry of run %1: planned afresh for the %Ln operations that failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumption of run %1: planned afresh for the %Ln operation(s) it left undone.</source>
        <translation>
            <numerusform>Resumption of run %1: planned afresh for the %Ln operation it left undone.</numerusform>
            <numerusform>Resumption of run %1: planned afresh for the %Ln operations it left undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is left to do for %Ln of them.</source>
        <translation>
            <numerusform>Nothing is left to do for %Ln of them.</numerusform>
            <numerusform>Nothing is left to do for %Ln of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What changed since goes out as planned now (%Ln operation(s)).</source>
        <translation>
            <numerusform>What changed since goes out as planned now (%Ln operation).</numerusform>
            <numerusform>What changed since goes out as planned now (%Ln operations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the operations selected on the Preview page; anything an earlier run of this plan carried out is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this fresh preview plans; open it on the Preview page to look at each change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is written as it goes; operations awaiting approval are skipped. Leavers are disabled, never deleted. You can cancel between operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: a fresh plan of %1 needs nothing more for the operations of run %2 (they went through meanwhile, or are no longer wanted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: %1 matches HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started; nothing was written. Plan %1 stays stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running on %1: plan %2, %Ln operation(s)</source>
        <translation>
            <numerusform>Running on %1: plan %2, %Ln operation</numerusform>
            <numerusform>Running on %1: plan %2, %Ln operations</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the run on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed, %2 failed, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ops/s over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written back to HR: %1, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 was cancelled: %2. Resume carries out the rest from a fresh plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 stopped: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished with failures: %2 (%3). Show Failed says why; Retry failed sends them again from a fresh plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not start; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the run started; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::ScopingEditor</name>
    <message>
        <source>Scoping filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker is in scope when every clause of at least one group holds. No groups: every worker is in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 (all of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or group %1 (all of)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::SourceAttributeList</name>
    <message>
        <source>HR attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an attribute onto a target attribute, or select both and press Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::TargetAttributeTable</name>
    <message>
        <source>Target attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped — drop an HR attribute here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::TenantsPage</name>
    <message>
        <source>HR source · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;HR source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an HR source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR source this directory is fed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New HR source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant keeps its name: plans, runs and the keychain entry refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · fed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not editable in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot edit tenants of type &quot;%1&quot;; Test connection and Remove still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings (and the secret, to the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: choose another tenant to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories fed from this HR source: %1. Choose another source for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tenant and its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Its settings and its secret in the keychain are deleted. Its mapping versions, plans, runs and audit events stay in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, but its secret is still in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no tenants yet. Add the HR source first (Workday, SAP SuccessFactors, BambooHR, a CSV export, an SQL staging table or a SCIM bulk file), then the directory it feeds: LDAP, Active Directory, Entra ID or a SCIM app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenure::Ui::WorkerPicker</name>
    <message>
        <source>Name or worker id, as in HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker to terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HR source could not be read (%1); type the worker id exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading HR to find workers by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or the start of a worker id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several workers match: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HR worker matches; the request names worker id “%1” as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkdayKind</name>
    <message>
        <source>Workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers from Workday&apos;s Human_Resources web service (Get_Workers), as an integration user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workday web services endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://wd2-impl-services1.workday.com/ccx/service/acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s web services URL, ending in /ccx/service/ and the tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user and the tenant, e.g. isu_tenure@acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration user password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workday Web Services version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v40.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the integration user&apos;s password; it is stored in the keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteBackFields</name>
    <message>
        <source>Write back to the HR source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the accounts a run creates or changes, when the HR source takes them (Workday, SuccessFactors); every write is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emai&amp;l attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory attribute written back as the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory attribute written back as the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new email and user name back to HR after ever&amp;y run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name attri&amp;bute:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
