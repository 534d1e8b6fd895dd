<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Tenure::Ui</name>
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
        <source>This version edits CSV HR sources only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the column that holds the worker id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version edits LDAP directories only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the HR source this directory is fed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bind password; it is stored in the keychain, never in the workspace.</source>
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
    <name>Tenure::Ui::CsvForm</name>
    <message>
        <source>Choose the HR export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
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
        <source>Worker id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the column with each worker&apos;s id, e.g. WorkerID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker id column:</source>
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
    <name>Tenure::Ui::LdapForm</name>
    <message>
        <source>Directory URL</source>
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
        <source>cn=tenure,ou=Services,dc=example,dc=com</source>
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
        <source>Account container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where new accounts go; empty: the base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade with &amp;StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
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
        <source>Bind password</source>
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
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs</source>
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
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
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
        <source>Here you will build each directory&apos;s attribute mapping: the target attributes and where each comes from (an HR field, a constant or an expression), matching rules, scoping filters, and a live preview on real sample workers as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and Run use the mapping stored in the workspace as it is. The demo workspace (installer/demo.sh) comes with a mapping for its directory; a new directory needs one before Refresh can plan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will find the changes a policy holds for a person: rehires, emergency terminations and changes above the safety thresholds, each with who asked, the diff behind it, and approve or reject with a reason. Whoever asked can never approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for approval in this version: a run carries out the plan you confirm on the Preview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will find the history of runs with each operation&apos;s outcome, retry the failed ones, and resume a run that a crash or a lost connection interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, watch and cancel a run on the Preview page (Ctrl+R); every run and each operation&apos;s outcome are already recorded in the workspace. For scheduled runs use
tenure-cli sync --workspace %1 --tenant NAME --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will search every change, approval and setting change: who, when, what and why, chained by SHA-256 so tampering shows, and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs and their outcomes are recorded in the workspace; diagnostics are written to the log folder %1.</source>
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
    <name>Tenure::Ui::PlaceholderPage</name>
    <message>
        <source>Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile</source>
        <translation type="unfinished"></translation>
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
        <source>Press Refresh (F5) to plan %1. Nothing is written until you press Run.</source>
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
    <name>Tenure::Ui::TenantsPage</name>
    <message>
        <source>HR source · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory · %1 · fed from %2</source>
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
        <source>This workspace has no tenants yet. Add the HR source first (the CSV export HR gives you), then the directory it feeds.</source>
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
        <source>Save the settings (and the password, to the keychain)</source>
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
</context>
</TS>
