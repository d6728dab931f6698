<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessCheck</name>
    <message>
        <source>This computer&apos;s public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rule for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking a public service which address this computer comes from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address service is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer reaches the Internet as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network seems to reach the Internet over IPv6 only. Scalingo&apos;s firewall rules accept IPv4 addresses only: connect from a network with IPv4 (or through a VPN that has one), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s public IPv4 address could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Internet accessibility setting is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility is on: any address may connect, over TLS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility is being turned on: wait a moment, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility is off: only Scalingo apps can reach this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this computer&apos;s address, the rules cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall rules are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Admitted by %n rule(s): %1.</source>
        <translation>
            <numerusform>Admitted by %n rule: %1.</numerusform>
            <numerusform>Admitted by %n rules: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No custom rule contains %1 (a managed range admits Scalingo&apos;s own addresses only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule contains %1: the database refuses this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: nothing accepts connections on %1 port %2. The database may be stopped or restarting, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be found: check this computer&apos;s Internet connection and DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s network could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 port %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s firewall drops connections from addresses it does not admit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall on this network (office, hotel, VPN) may block outgoing connections to this port, or a new rule is not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s connection address is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the certificate authority of Scalingo&apos;s databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating encryption with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s certificate is valid for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted. The certificate was not verified (the certificate authority could not be fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a secure connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can connect (checked as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name (%1). This may not be your database: do not send passwords to it, and contact Scalingo&apos;s support if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by Scalingo&apos;s certificate authority. Something between this computer and the database (a proxy, antivirus or captive portal) may intercept the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept encrypted connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1 on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refuses this computer&apos;s address: no firewall rule admits it (or a new rule is not applied yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not let %1 log in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections: the database (or the user %1) has reached its connection limit. Close connections you no longer use (apps, tools), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is starting or stopping: check again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessCheckDialog</name>
    <message>
        <source>Check access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, step by step, whether this computer can connect to the database, and what to do if it cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user to log in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this check only, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for this check only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in to the database once with this user and password, to see whether they work. The password is used for this test only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known: the default user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of %1, or pick the default user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow my current IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer can connect to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot connect yet: see the failed step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessGlance</name>
    <message>
        <source>no address service is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: Internet accessibility is on (any address, over TLS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility is being turned on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: Internet accessibility is off, only Scalingo apps can connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: this computer&apos;s public address could not be found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>allowed by %n rule(s): %1</source>
        <translation>
            <numerusform>allowed by %n rule: %1</numerusform>
            <numerusform>allowed by %n rules: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked: no custom rule admits %1 (managed ranges admit Scalingo&apos;s own addresses only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: no firewall rule admits this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reporting_ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 32 characters: lower-case letters, digits and underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 to 64 characters, without quotes; leave empty to let Scalingo generate one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a random 64-character password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only user can read data but not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to let Scalingo generate one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only user can read every table but change nothing; a read-write user can also insert, update, delete and create tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 32 characters: lower-case letters, digits and _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: Scalingo will generate a strong password and show it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), no quotes: good.</source>
        <translation>
            <numerusform>%n character, no quotes: good.</numerusform>
            <numerusform>%n characters, no quotes: good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is replaced and cannot be restored afterwards (this change cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddonDiscovery</name>
    <message>
        <source>The apps of the region %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllDatabasesModel</name>
    <message>
        <source>This computer&apos;s public address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet access on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet access off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), next expires %1</source>
        <translation>
            <numerusform>%n rule, next expires %1</numerusform>
            <numerusform>%n rules, next expires %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall / Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllDatabasesPage</name>
    <message>
        <source>Every database your account can see, in every region: who can reach it and whether this computer can. Figures are read a few databases at a time, within the API&apos;s limit of 60 requests per minute per region. Double-click a row to open that database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, app, region, plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading figures: %1 of %2 databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Some figures are %n minute(s) old (read at %1). Refresh all to read them again.</source>
        <translation>
            <numerusform>Some figures are %n minute old (read at %1). Refresh all to read them again.</numerusform>
            <numerusform>Some figures are %n minutes old (read at %1). Refresh all to read them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The database has no %1 variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region “%1” of this database is not available to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addon was found for the database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several addons were found for “%1”: it may be an application, not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer with an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while changing the password of %1: the change may have been applied. Try signing in with the new password, or set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was probably changed, but the new one could not be shown. Reset it again to get a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while creating the user %1: it may have been created. Refresh the list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while adding the rule: it may have been added. Refresh the list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while deleting the user %1: it may have been deleted. Refresh the list to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while deleting the rule: it may have been deleted. Refresh the list to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer with a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while changing the rule&apos;s label: it may have been changed. Refresh the list to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule no longer exists: someone deleted it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s label was changed by someone else meanwhile. Refresh the list to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached or the connection was interrupted. Check your Internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or your API token was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation conflicts with the current state of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the operation is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse refused to connect to %1: only encrypted (https://) connections are allowed outside this computer, and credentials never follow a redirection to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to perform this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MiB, far more than any real answer; Gatehouse stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish answering within %n second(s); Gatehouse gave up waiting.</source>
        <translation>
            <numerusform>The server did not finish answering within %n second; Gatehouse gave up waiting.</numerusform>
            <numerusform>The server did not finish answering within %n seconds; Gatehouse gave up waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchItem</name>
    <message>
        <source>Add managed range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user %1 (read-write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (confirmed by listing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPlanModel</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRules</name>
    <message>
        <source>Not a network address: its host bits are set. The network is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0/0 turns the firewall off: add it alone with New rule, which asks for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same network as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already allowed by the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already covered by the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already covered by line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the quota of %n rule(s): untick some lines or delete rules first.</source>
        <translation>
            <numerusform>Over the quota of %n rule: untick some lines or delete rules first.</numerusform>
            <numerusform>Over the quota of %n rules: untick some lines or delete rules first.</numerusform>
        </translation>
    </message>
    <message>
        <source>It covers the rule(s) %1, which you may then delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRulesDialog</name>
    <message>
        <source>Add several rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste IPv4 addresses or networks: one per line, separated by commas, or rows copied from a table (the rest of a row becomes the rule&apos;s label). Review each line, then add the ticked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.0/24	Office
198.51.100.7	Home</source>
        <translation>203.0.113.0/24	Office
198.51.100.7	Home</translation>
    </message>
    <message>
        <source>Review of the pasted addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste addresses above: nothing is sent before you click the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) found.</source>
        <translation>
            <numerusform>%n address found.</numerusform>
            <numerusform>%n addresses found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the %n ticked one(s), the database would have %1 of its %2 rules.</source>
        <translation>
            <numerusform>With %n ticked line, the database would have %1 of its %2 rules.</numerusform>
            <numerusform>With %n ticked lines, the database would have %1 of its %2 rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an address skipped.</source>
        <translation>
            <numerusform>%n line without an address skipped.</numerusform>
            <numerusform>%n lines without an address skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many rules: untick %n line(s), or delete rules first. Nothing is sent while the ticked lines exceed the quota.</source>
        <translation>
            <numerusform>Too many rules: untick %n line, or delete rules first. Nothing is sent while the ticked lines exceed the quota.</numerusform>
            <numerusform>Too many rules: untick %n lines, or delete rules first. Nothing is sent while the ticked lines exceed the quota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n rule(s)</source>
        <translation>
            <numerusform>Retry %n rule</numerusform>
            <numerusform>Retry %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n rule(s)</source>
        <translation>
            <numerusform>Add %n rule</numerusform>
            <numerusform>Add %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed after the connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added.</source>
        <translation>
            <numerusform>%n rule added.</numerusform>
            <numerusform>%n rules added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be added: see each line, then retry them.</source>
        <translation>
            <numerusform>%n rule could not be added: see its line, then retry it.</numerusform>
            <numerusform>%n rules could not be added: see each line, then retry them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: the database would have more than %n rule(s). Untick some lines.</source>
        <translation>
            <numerusform>Nothing was sent: the database would have more than %n rule. Untick some lines.</numerusform>
            <numerusform>Nothing was sent: the database would have more than %n rules. Untick some lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: the rules changed since this window opened. Each line shows its verdict against them now; review, then add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the rules could not be listed again to check the quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is itself an undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was not applied: there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s id is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule admitted was not known when it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was disabled with CASCADE: what depended on it was removed too and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted user cannot be restored: its password and privileges are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous password is not known, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse does not undo this kind of change; make the opposite change yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePreviewDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>Enter an IPv4 address or network, for example 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the port (&quot;:%1&quot;): a firewall rule applies to every port of an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 addresses are not supported: firewall rules accept IPv4 addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a single &quot;/&quot; between the address and the prefix length, for example 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address has four numbers separated by dots, for example 203.0.113.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: use four numbers from 0 to 255 separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large: each number of an IPv4 address is between 0 and 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a leading zero, which some tools read as an octal number: write %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length after &quot;/&quot; is missing: use a number from 0 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length must be a number from 0 to 32, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private network address (like a home or office network behind a router). The database sees your router&apos;s public address, never this one: this rule would let nobody in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shared address of an Internet provider (carrier-grade NAT). The database sees the provider&apos;s public address, never this one: this rule would let nobody in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a loopback address: it only ever means the computer itself, so no connection from the Internet comes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a link-local address, which a computer gives itself when its network has no DHCP: it never reaches the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a multicast address: no computer connects from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a reserved address, not used on the Internet: no computer connects from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains invisible characters, written here as &lt;U+code&gt;. Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>Characters such as / ? # @ in the user name or password must be percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql://, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is missing its closing &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected characters after the host name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyRulesDialog</name>
    <message>
        <source>Copy rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the firewall rules of one database to others. Rules a database has already are skipped, and no database gets more than 30 rules. You will see what each database gets before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database to copy the rules from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the databases to copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases to copy the rules to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the databases that should get these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) selected.</source>
        <translation>
            <numerusform>%n database selected.</numerusform>
            <numerusform>%n databases selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other database to copy these rules to: classic addons have no firewall rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyRulesPlanner</name>
    <message>
        <source>This database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no firewall rules (a classic addon).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFeaturesModel</name>
    <message>
        <source>Force TLS cannot be turned off while Internet accessibility is on: connections from the internet must be encrypted. Turn Internet accessibility off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still being applied. Wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePickerDelegate</name>
    <message>
        <source>Classic addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUsersModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with the database; it can&apos;t be removed or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is stored with MD5, an outdated hash. Reset it to switch to SCRAM-SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUsersPage</name>
    <message>
        <source>Manage database users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each application or person should have its own user, read-only when it only needs to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created with the database; it can&apos;t be removed or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Scalingo generate a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected user (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the database users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a database to see its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was created (confirmed after the connection dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was not reset: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI of %1 copied, without its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalingo does not offer user management for this addon (plan %1). The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still use MD5 password hashing: reset their passwords to switch to SCRAM-SHA-256.</source>
        <translation>
            <numerusform>%n user still uses MD5 password hashing: reset the password to switch to SCRAM-SHA-256.</numerusform>
            <numerusform>%n users still use MD5 password hashing: reset their passwords to switch to SCRAM-SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this user can log in with a password (typed for this test only, never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalingo generates a new password and shows it once. Applications using the current password will be refused until you update them. The current password cannot be restored afterwards: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and people using this user will lose access to the database. Objects it owns are handed over to the database owner. This cannot be undone: a deleted user cannot be restored, not even from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a database &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy connection URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PostgreSQL addon · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Dedicated Resources · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationPicker</name>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is already past: choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse removes it at %1 if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse removes it on %1 at %2 if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionsModel</name>
    <message>
        <source>working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (update available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to this extension is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extension is not on the list of extensions your database user may enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user is not allowed to create extensions in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionsPage</name>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions add types, functions and indexes to PostgreSQL. Gatehouse enables them over the database&apos;s own encrypted connection, so this computer must be allowed by the database&apos;s firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow my current &amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a firewall rule for this computer&apos;s public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the extensions again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extensions could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database&apos;s connection address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a database to see its extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the extensions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extensions are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user is not allowed to enable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected extension in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the selected extension to its newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not allowed to reach the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this computer&apos;s IP address in the database&apos;s firewall, wait until the rule is applied, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the extensions Scalingo reports as enabled. Enabling or disabling needs the direct connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, which cannot be enabled on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1 and what it needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable %n extension(s)</source>
        <translation>
            <numerusform>Enable %n extension</numerusform>
            <numerusform>Enable %n extensions</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be disabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still enabled: other objects depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other objects depend on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1 and what depends on it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Also removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 to version %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its functions, types and operators are removed from the database. If your tables or views use them, nothing is removed: Gatehouse lists them first and asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addon is not reachable from the internet. To enable or disable extensions here, turn on Internet accessibility, or use Scalingo&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internet accessibility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Internet Access to make this addon reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the extensions Scalingo reports as enabled (read-only). Enabling them needs Internet accessibility, or Scalingo&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot reach the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the new rule is applied (about 2 minutes), click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs these extensions, which are not enabled yet:
%2
Gatehouse enables them first, then %1, in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once Internet accessibility is activated, click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check step by step why this computer cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reports:
%1
Disabling %2 anyway also deletes these objects, with their data. This cannot be undone, not even from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions add types, functions and indexes to PostgreSQL. Gatehouse enables them over the database&apos;s own encrypted connection, so this addon must be reachable from the Internet (Settings → Internet accessibility).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallRulesModel</name>
    <message>
        <source>Custom CIDR IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalingo keeps the addresses of this range up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR or range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule admits this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary rule until %1. Gatehouse removes it then if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Rule created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule relabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility setting turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility setting turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied (confirmed after a lost reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (the reply was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: label “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and what depended on it (CASCADE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Every change Gatehouse made from this computer: rules, users, extensions and Internet accessibility. Kept on this computer only; passwords are never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatehouse-history-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>%n change exported to %1.</numerusform>
            <numerusform>%n changes exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a database to see the changes made to it, or show all databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded yet. Every change Gatehouse makes from this computer (rules, users, extensions, Internet accessibility) will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded for this database yet. The changes Gatehouse makes to it from this computer will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the changes of one operation over several databases (e.g. onboarding a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches the search, the kind or the operation chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternetAccessPage</name>
    <message>
        <source>Firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database refuses every connection by default. Each rule below lets one network in. Changes take about 2 minutes to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow my current &amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a firewall rule (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rule (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule for this computer&apos;s public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A database can have at most %n firewall rule(s).</source>
        <translation>
            <numerusform>A database can have at most %n firewall rule.</numerusform>
            <numerusform>A database can have at most %n firewall rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has %1 rules, the maximum. Delete one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the firewall rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No firewall rules: nobody can reach this database.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;Add a rule&lt;/a&gt; for your office, your computer or a Scalingo region.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall rules are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a database to see its firewall rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding this computer&apos;s public IP address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule for %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections from this network will be refused once the change is applied (about 2 minutes). Sessions already open are not cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last rule that admits this computer (%1): after it is deleted, Gatehouse can no longer manage extensions from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this computer will lose access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the last rule: nobody will be able to reach the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The removal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1 (added: confirmed after the connection dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1 was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall rules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check step by step whether this computer can connect, and why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend or end the selected rule&apos;s expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary rules only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste several addresses or networks and review them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The addition of %n rule(s)</source>
        <translation>
            <numerusform>The addition of %n rule</numerusform>
            <numerusform>The addition of %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists (deleted, perhaps from another window or tool): no longer waiting for it to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add seve&amp;ral…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternetAccessibilityPage</name>
    <message>
        <source>This database is an addon of an app. It has no firewall rules: two settings decide who can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &amp;TLS for every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, people and apps must connect with an encrypted (TLS) connection; unencrypted connections are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from the &amp;internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, anyone who knows a user&apos;s password can connect from anywhere, over TLS; when off, only the app&apos;s containers on Scalingo can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is being applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the database reachable from the internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the internet will be able to try to connect to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its users&apos; passwords will protect it, and every connection will use TLS (Force TLS is turned on first if needed). Turn it on only if you need to connect from outside Scalingo, for example with Gatehouse&apos;s Extensions tab or a desktop SQL client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the database will be exposed to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Internet accessibility?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the app&apos;s containers on Scalingo will reach the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools outside Scalingo, such as Gatehouse&apos;s Extensions tab and desktop SQL clients, will no longer be able to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Internet accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (activated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being turned on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being turned off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Force TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>No keychain support in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastSeenTracker</name>
    <message numerus="yes">
        <source>%n rule(s) added</source>
        <translation>
            <numerusform>%n rule added</numerusform>
            <numerusform>%n rules added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) removed</source>
        <translation>
            <numerusform>%n rule removed</numerusform>
            <numerusform>%n rules removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n user added</numerusform>
            <numerusform>%n users added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed</source>
        <translation>
            <numerusform>%n user removed</numerusform>
            <numerusform>%n users removed</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed since then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database whose access you are managing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Manage who can reach your Scalingo for PostgreSQL® databases: firewall rules, database users and extensions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse was built without QtKeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or the token was revoked. Sign in again to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your databases could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox (gatehouse-sandbox) is not installed next to Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox and its PostgreSQL database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was refused. Check that you copied it entirely and that it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1); it is kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the local sandbox as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no PostgreSQL database yet (neither Dedicated Resources nor an addon of an app). Create one in the Scalingo dashboard, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addon of %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for addons: %1 of %2 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary rule expired: removed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagedRangesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRuleDialog</name>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow connections to this database from a network. Everything else stays blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 203.0.113.0/24 or 198.51.100.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address or network in CIDR notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that 0.0.0.0/0 lets any computer on the Internet try to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Office network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom CIDR IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region is already allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets in the applications hosted in this Scalingo region. Scalingo keeps its addresses up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network address: its host bits are set. The network is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1: %2 addresses, from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network is already allowed by the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0/0 turns the firewall off: every computer on the Internet can try to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my public IP instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already covered by the rule %1: adding it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It covers %n existing rule(s): %1. You may delete them once this one is added.</source>
        <translation>
            <numerusform>It covers %n existing rule: %1. You may delete it once this one is added.</numerusform>
            <numerusform>It covers %n existing rules: %1. You may delete them once this one is added.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my public IP instead (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding this computer&apos;s public IP…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <source>Offboard a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every database you can see for what lets a person in: firewall rules whose label or network matches, and database users whose name matches. You will see everything found, and choose what to delete, before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, a label, an IP address or a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to offboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall &amp;rules whose label or network matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;users whose name matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searches %n database(s), a few at a time within the API&apos;s limit of 60 requests per minute per region.</source>
        <translation>
            <numerusform>Searches %n database, a few at a time within the API&apos;s limit of 60 requests per minute per region.</numerusform>
            <numerusform>Searches %n databases, a few at a time within the API&apos;s limit of 60 requests per minute per region.</numerusform>
        </translation>
    </message>
    <message>
        <source>As an address, it also finds the rules whose network contains it or lies inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardFlow</name>
    <message>
        <source>Find and delete a person&apos;s rules and users in every database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the firewall rules of one database to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching %n database(s) for “%1”…</source>
        <translation>
            <numerusform>Searching %n database for “%1”…</numerusform>
            <numerusform>Searching %n databases for “%1”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy rules from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the rules of %1 and of %n other database(s)…</source>
        <translation>
            <numerusform>Reading the rules of %1 and of %n other database…</numerusform>
            <numerusform>Reading the rules of %1 and of %n other databases…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no firewall rules to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches “%1” in the %n database(s) searched.</source>
        <translation>
            <numerusform>Nothing matches “%1” in the %n database searched.</numerusform>
            <numerusform>Nothing matches “%1” in the %n databases searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found in %n database(s). Untick what must stay, then delete the rest. A deleted rule can be added again from the History; a deleted user cannot be restored.</source>
        <translation>
            <numerusform>Found in %n database. Untick what must stay, then delete the rest. A deleted rule can be added again from the History; a deleted user cannot be restored.</numerusform>
            <numerusform>Found in %n databases. Untick what must stay, then delete the rest. A deleted rule can be added again from the History; a deleted user cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) could not be searched: %1</source>
        <translation>
            <numerusform>%n database could not be searched: %1</numerusform>
            <numerusform>%n databases could not be searched: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What each database gets. Rules it has already are skipped; what cannot be done says why on its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) selected.</source>
        <translation>
            <numerusform>%n deletion selected.</numerusform>
            <numerusform>%n deletions selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) to create.</source>
        <translation>
            <numerusform>%n rule to create.</numerusform>
            <numerusform>%n rules to create.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (skipped).</source>
        <translation>
            <numerusform>%n already there (skipped).</numerusform>
            <numerusform>%n already there (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be done.</source>
        <translation>
            <numerusform>%n cannot be done.</numerusform>
            <numerusform>%n cannot be done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rule(s) and user(s)?</source>
        <translation>
            <numerusform>Delete %n rule or user?</numerusform>
            <numerusform>Delete %n rules and users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are deleted in %n database(s). People and applications using them lose access. Deleted users cannot be restored.</source>
        <translation>
            <numerusform>They are deleted in %n database. People and applications using them lose access. Deleted users cannot be restored.</numerusform>
            <numerusform>They are deleted in %n databases. People and applications using them lose access. Deleted users cannot be restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting, a few databases at a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the rules, a few databases at a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the failed changes again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) applied.</source>
        <translation>
            <numerusform>Done: %n change applied.</numerusform>
            <numerusform>Done: %n changes applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n change applied.</numerusform>
            <numerusform>%n changes applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed or were not sent: see each line. Retry sends only those, and never twice what reached the server.</source>
        <translation>
            <numerusform>%n change failed or was not sent: see its line. Retry sends only that one, and never twice what reached the server.</numerusform>
            <numerusform>%n changes failed or were not sent: see each line. Retry sends only those, and never twice what reached the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is in the History, grouped as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboar&amp;d a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardPlanner</name>
    <message>
        <source>Offboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardQuery</name>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardFlow</name>
    <message>
        <source>Onboard a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let one person in on several databases at once: a rule for their network and a user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardPlanner</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 6 to 32 characters: lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is reserved by PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not a valid IPv4 address or CIDR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic addons have no firewall rules (Internet accessibility instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this network already has a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already allowed by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota of %1 rules reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user management is not available on this database&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name “%1” is taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardWizard</name>
    <message>
        <source>Onboard a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and from where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let one person in on several databases at once: a firewall rule for their network and, if you want, a database user of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in the rules&apos; labels and as the default user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 203.0.113.7 or 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address or network in CIDR notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create a database &amp;user (password generated by the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the databases this person needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter databases by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be created on each database. Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each database is changed on its own; a failure on one does not stop the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once: give each password to the person now. Gatehouse keeps no copy, and a copied password is cleared from the clipboard after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this window forgets the passwords. A lost password can be reset from the Users tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s public address is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s public address, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply</source>
        <translation>
            <numerusform>%n change to apply</numerusform>
            <numerusform>%n changes to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n already there (skipped)</numerusform>
            <numerusform>%n already there (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impossible</source>
        <translation>
            <numerusform>%n impossible</numerusform>
            <numerusform>%n impossible</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed or were not sent. Retry sends only those; nothing is created twice.</source>
        <translation>
            <numerusform>%n change failed or was not sent. Retry sends only that one; nothing is created twice.</numerusform>
            <numerusform>%n changes failed or were not sent. Retry sends only those; nothing is created twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) ticked</source>
        <translation>
            <numerusform>%n database ticked</numerusform>
            <numerusform>%n databases ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never received: reset it from the Users tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: every change is already there or impossible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string of the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the connection string (cleared from the clipboard after 30 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database details could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL addon of the app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check step by step whether this computer can connect, and why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n with an MD5 password)</source>
        <translation>
            <numerusform>%1 (%n with an MD5 password)</numerusform>
            <numerusform>%1 (%n with an MD5 password)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n enabled</numerusform>
            <numerusform>%n enabled</numerusform>
        </translation>
    </message>
    <message>
        <source>see the Extensions tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection string:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it now, for example in your password manager: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy U&amp;RI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s) if it still holds this secret.</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second if it still holds this secret.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds if it still holds this secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset it again to get a password you can use. Applications using the old password may already be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password stored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you stored the password of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be shown again. If you lose it, you will have to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset its password to get one you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was probably changed, but the new one could not be shown (the answer was lost on the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 was created, but the password Scalingo generated for it could not be shown (the answer was lost on the way).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The name must contain between %1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lower-case letters (a-z), digits (0-9) and _ are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must start with a lower-case letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain between %1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain quotes (&quot; or &apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation does not match the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain control characters (such as a line break, a tab or NUL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>the address must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address names no database host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the database stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection address is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not translate host name &quot;%1&quot; to address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgError</name>
    <message>
        <source>This computer is not allowed to reach the database: its firewall has no rule for this computer&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer in time. This computer is probably not allowed to reach the database (its firewall silently drops connections from addresses without a rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the user name or password. The password of the default user may have been reset; reload the database to get the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database could not be established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection address of the database is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user is not allowed to do this. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other objects in the database depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extension is not installed on the database server, so it cannot be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not support this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something it needs does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalingo does not allow this extension on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database took too long to answer and the statement was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropagationWatcher</name>
    <message>
        <source>%1: applying… Scalingo sometimes needs a few more minutes; still checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: applying… (about %2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is active: this computer reaches the database over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should now be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was added, but after %n minute(s) the database still refuses this computer. Likely causes: this computer&apos;s public address changed (mobile network, VPN), the rule does not contain it, or Scalingo is slower than usual. Run Check access to see which step fails.</source>
        <translation>
            <numerusform>%1 was added, but after %n minute the database still refuses this computer. Likely causes: this computer&apos;s public address changed (mobile network, VPN), the rule does not contain it, or Scalingo is slower than usual. Run Check access to see which step fails.</numerusform>
            <numerusform>%1 was added, but after %n minutes the database still refuses this computer. Likely causes: this computer&apos;s public address changed (mobile network, VPN), the rule does not contain it, or Scalingo is slower than usual. Run Check access to see which step fails.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is applied, but the test connection failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCopy</name>
    <message>
        <source>Already allowed in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This temporary rule has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This managed range is not offered in this database&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This database would have more than %n rule(s).</source>
        <translation>
            <numerusform>This database would have more than %n rule.</numerusform>
            <numerusform>This database would have more than %n rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleExpiryActions</name>
    <message>
        <source>Extend by 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the end of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired temporary rule(s).</source>
        <translation>
            <numerusform>Removed %n expired temporary rule.</numerusform>
            <numerusform>Removed %n expired temporary rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expired temporary rule for %1 could not be removed: %2 Gatehouse tries again in %n second(s).</source>
        <translation>
            <numerusform>The expired temporary rule for %1 could not be removed: %2 Gatehouse tries again in %n second.</numerusform>
            <numerusform>The expired temporary rule for %1 could not be removed: %2 Gatehouse tries again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selected rule, or make it permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Scalingo region&apos;s rule has no label, so no expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of the rule for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry of the rule for %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1 is now permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1 now expires at %2. Gatehouse removes it then if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesProxyModel</name>
    <message>
        <source>Added by someone else since you last looked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Scalingo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse manages who can reach your Scalingo for PostgreSQL® databases. Paste an API token to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tk-us-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Scalingo API token, starting with tk-us-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Scalingo account at hand? The local sandbox runs a real PostgreSQL database on this computer, with the same API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the token will be kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in the Scalingo dashboard under &lt;a href=&quot;https://dashboard.scalingo.com/account/tokens&quot;&gt;Account → API tokens&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database to undo this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule exists again already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has the maximum number of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse must be connected to the database to change its extensions: open the Extensions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extension is enabled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extension is disabled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled extensions depend on it (%1): disable them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse does not undo this kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the rule for %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and people using this user will lose access to the database. Objects it owns are handed over to the database owner. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the user %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the rule for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage firewall rules, users and extensions of Scalingo for PostgreSQL databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the gatehouse-sandbox program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth API base URL (default: $SCALINGO_AUTH_URL or Scalingo&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional API base URL (default: $SCALINGO_API_URL or discovered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database API base URL (default: $SCALINGO_DB_URL or discovered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
