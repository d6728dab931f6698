<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AccessCheck</name>
    <message>
        <source>This computer&apos;s public address</source>
        <translation>Adresse publique de cet ordinateur</translation>
    </message>
    <message>
        <source>Firewall rule for this computer</source>
        <translation>Règle de pare-feu pour cet ordinateur</translation>
    </message>
    <message>
        <source>Connection to the database server</source>
        <translation>Connexion au serveur de la base</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Login to PostgreSQL</source>
        <translation>Connexion à PostgreSQL</translation>
    </message>
    <message>
        <source>Not part of this test.</source>
        <translation>Ne fait pas partie de ce test.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Asking a public service which address this computer comes from…</source>
        <translation>Demande à un service public l’adresse de cet ordinateur…</translation>
    </message>
    <message>
        <source>No address service is configured.</source>
        <translation>Aucun service d’adresse n’est configuré.</translation>
    </message>
    <message>
        <source>This computer reaches the Internet as %1.</source>
        <translation>Cet ordinateur sort sur Internet avec l’adresse %1.</translation>
    </message>
    <message>
        <source>This network seems to reach the Internet over IPv6 only. Scalingo&apos;s firewall rules accept IPv4 addresses only: connect from a network with IPv4 (or through a VPN that has one), then check again.</source>
        <translation>Ce réseau semble n’accéder à Internet qu’en IPv6. Les règles de pare-feu de Scalingo n’acceptent que des adresses IPv4&#xa0;: connectez-vous depuis un réseau IPv4 (ou via un VPN qui en a une), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>This computer&apos;s public IPv4 address could not be found: %1</source>
        <translation>L’adresse IPv4 publique de cet ordinateur est introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n’est ouverte.</translation>
    </message>
    <message>
        <source>The Internet accessibility setting is not known yet.</source>
        <translation>Le réglage d’accessibilité depuis Internet n’est pas encore connu.</translation>
    </message>
    <message>
        <source>Internet accessibility is on: any address may connect, over TLS only.</source>
        <translation>L’accessibilité depuis Internet est activée&#xa0;: toute adresse peut se connecter, en TLS uniquement.</translation>
    </message>
    <message>
        <source>Internet accessibility is being turned on: wait a moment, then check again.</source>
        <translation>L’accessibilité depuis Internet est en cours d’activation&#xa0;: patientez un instant, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Internet accessibility is off: only Scalingo apps can reach this database.</source>
        <translation>L’accessibilité depuis Internet est désactivée&#xa0;: seules les applications Scalingo peuvent joindre cette base.</translation>
    </message>
    <message>
        <source>Without this computer&apos;s address, the rules cannot be compared.</source>
        <translation>Sans l’adresse de cet ordinateur, les règles ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <source>The firewall rules are not loaded.</source>
        <translation>Les règles de pare-feu ne sont pas chargées.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Admitted by %n rule(s): %1.</source>
        <translation>
            <numerusform>Admis par %n règle&#xa0;: %1.</numerusform>
            <numerusform>Admis par %n règles&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No custom rule contains %1 (a managed range admits Scalingo&apos;s own addresses only).</source>
        <translation>Aucune règle personnalisée ne contient %1 (une plage gérée n’admet que les adresses de Scalingo).</translation>
    </message>
    <message>
        <source>No rule contains %1: the database refuses this computer.</source>
        <translation>Aucune règle ne contient %1&#xa0;: la base refuse cet ordinateur.</translation>
    </message>
    <message>
        <source>Refused: nothing accepts connections on %1 port %2. The database may be stopped or restarting, or the address is wrong.</source>
        <translation>Refusé&#xa0;: rien n’accepte de connexions sur %1 port %2. La base est peut-être arrêtée ou en redémarrage, ou l’adresse est erronée.</translation>
    </message>
    <message>
        <source>The name %1 could not be found: check this computer&apos;s Internet connection and DNS.</source>
        <translation>Le nom %1 est introuvable&#xa0;: vérifiez la connexion Internet et le DNS de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer&apos;s network could not reach %1: %2</source>
        <translation>Le réseau de cet ordinateur n’a pas pu joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 port %2 failed: %3</source>
        <translation>La connexion à %1 port %2 a échoué&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde.</numerusform>
            <numerusform>Aucune réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s firewall drops connections from addresses it does not admit.</source>
        <translation>Le pare-feu de la base ignore les connexions des adresses qu’il n’admet pas.</translation>
    </message>
    <message>
        <source>A firewall on this network (office, hotel, VPN) may block outgoing connections to this port, or a new rule is not applied yet.</source>
        <translation>Un pare-feu de ce réseau (bureau, hôtel, VPN) bloque peut-être les connexions sortantes vers ce port, ou une nouvelle règle n’est pas encore appliquée.</translation>
    </message>
    <message>
        <source>The database&apos;s connection address is not known.</source>
        <translation>L’adresse de connexion de la base n’est pas connue.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1 port %2…</translation>
    </message>
    <message>
        <source>Needs a connection to the server.</source>
        <translation>Nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections.</source>
        <translation>%1 port %2 accepte les connexions.</translation>
    </message>
    <message>
        <source>Fetching the certificate authority of Scalingo&apos;s databases…</source>
        <translation>Récupération de l’autorité de certification des bases Scalingo…</translation>
    </message>
    <message>
        <source>Negotiating encryption with %1…</source>
        <translation>Négociation du chiffrement avec %1…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s certificate is valid for this address.</source>
        <translation>Chiffré&#xa0;; le certificat du serveur est valide pour cette adresse.</translation>
    </message>
    <message>
        <source>Encrypted. The certificate was not verified (the certificate authority could not be fetched).</source>
        <translation>Chiffré. Le certificat n’a pas été vérifié (l’autorité de certification n’a pas pu être récupérée).</translation>
    </message>
    <message>
        <source>%1 logged in.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <source>Needs a secure connection.</source>
        <translation>Nécessite une connexion sécurisée.</translation>
    </message>
    <message>
        <source>can connect (checked as %1)</source>
        <translation>peut se connecter (vérifié en tant que %1)</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>bloqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name (%1). This may not be your database: do not send passwords to it, and contact Scalingo&apos;s support if it persists.</source>
        <translation>Le certificat du serveur est établi pour un autre nom (%1). Ce n’est peut-être pas votre base&#xa0;: ne lui envoyez pas de mot de passe, et contactez le support de Scalingo si cela persiste.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by Scalingo&apos;s certificate authority. Something between this computer and the database (a proxy, antivirus or captive portal) may intercept the connection.</source>
        <translation>Le certificat du serveur n’est pas signé par l’autorité de certification de Scalingo. Un élément entre cet ordinateur et la base (proxy, antivirus ou portail captif) intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The server does not accept encrypted connections.</source>
        <translation>Le serveur n’accepte pas les connexions chiffrées.</translation>
    </message>
    <message>
        <source>A secure connection could not be established: %1</source>
        <translation>Aucune connexion sécurisée n’a pu être établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Aucun mot de passe n’a été donné pour %1.</translation>
    </message>
    <message>
        <source>There is no user %1 on this database.</source>
        <translation>Il n’y a pas d’utilisateur %1 sur cette base.</translation>
    </message>
    <message>
        <source>The password of %1 is wrong.</source>
        <translation>Le mot de passe de %1 est erroné.</translation>
    </message>
    <message>
        <source>The database refuses this computer&apos;s address: no firewall rule admits it (or a new rule is not applied yet).</source>
        <translation>La base refuse l’adresse de cet ordinateur&#xa0;: aucune règle de pare-feu ne l’admet (ou une nouvelle règle n’est pas encore appliquée).</translation>
    </message>
    <message>
        <source>The database does not let %1 log in: %2</source>
        <translation>La base ne laisse pas %1 se connecter&#xa0;: %2</translation>
    </message>
    <message>
        <source>Too many connections: the database (or the user %1) has reached its connection limit. Close connections you no longer use (apps, tools), then check again.</source>
        <translation>Trop de connexions&#xa0;: la base (ou l’utilisateur %1) a atteint sa limite de connexions. Fermez les connexions inutilisées (applications, outils), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The database is starting or stopping: check again in a minute.</source>
        <translation>La base est en cours de démarrage ou d’arrêt&#xa0;: vérifiez à nouveau dans une minute.</translation>
    </message>
</context>
<context>
    <name>AccessCheckDialog</name>
    <message>
        <source>Check access</source>
        <translation>Vérifier l’accès</translation>
    </message>
    <message>
        <source>Checks, step by step, whether this computer can connect to the database, and what to do if it cannot.</source>
        <translation>Vérifie, étape par étape, si cet ordinateur peut se connecter à la base, et quoi faire sinon.</translation>
    </message>
    <message>
        <source>Log in &amp;as:</source>
        <translation>Se connecter &amp;en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Database user to log in as</source>
        <translation>Utilisateur de la base avec lequel se connecter</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Used for this check only, never saved</source>
        <translation>Utilisé pour cette vérification seulement, jamais enregistré</translation>
    </message>
    <message>
        <source>Password for this check only</source>
        <translation>Mot de passe pour cette vérification seulement</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Logs in to the database once with this user and password, to see whether they work. The password is used for this test only and never saved.</source>
        <translation>Se connecte une fois à la base avec cet utilisateur et ce mot de passe, pour voir s’ils fonctionnent. Le mot de passe ne sert qu’à ce test et n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Test login</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Known: the default user&apos;s password</source>
        <translation>Connu&#xa0;: le mot de passe de l’utilisateur par défaut</translation>
    </message>
    <message>
        <source>Type the password of %1, or pick the default user.</source>
        <translation>Tapez le mot de passe de %1, ou choisissez l’utilisateur par défaut.</translation>
    </message>
    <message>
        <source>Allow my current IP</source>
        <translation>Autoriser mon IP actuelle</translation>
    </message>
    <message>
        <source>Internet accessibility…</source>
        <translation>Accessibilité depuis Internet…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Choose another user</source>
        <translation>Choisir un autre utilisateur</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>The login works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>This computer can connect to the database.</source>
        <translation>Cet ordinateur peut se connecter à la base.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Vérification arrêtée.</translation>
    </message>
    <message>
        <source>This computer cannot connect yet: see the failed step.</source>
        <translation>Cet ordinateur ne peut pas encore se connecter&#xa0;: voyez l’étape en échec.</translation>
    </message>
</context>
<context>
    <name>AccessGlance</name>
    <message>
        <source>no address service is configured</source>
        <translation>aucun service d’adresse n’est configuré</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>allowed: Internet accessibility is on (any address, over TLS only)</source>
        <translation>autorisé&#xa0;: l’accessibilité Internet est activée (toute adresse, en TLS uniquement)</translation>
    </message>
    <message>
        <source>Internet accessibility is being turned on…</source>
        <translation>activation de l’accessibilité Internet…</translation>
    </message>
    <message>
        <source>blocked: Internet accessibility is off, only Scalingo apps can connect</source>
        <translation>bloqué&#xa0;: l’accessibilité Internet est désactivée, seules les apps Scalingo peuvent se connecter</translation>
    </message>
    <message>
        <source>not known: this computer&apos;s public address could not be found (%1)</source>
        <translation>inconnu&#xa0;: l’adresse publique de cet ordinateur est introuvable (%1)</translation>
    </message>
    <message numerus="yes">
        <source>allowed by %n rule(s): %1</source>
        <translation>
            <numerusform>autorisé par %n règle&#xa0;: %1</numerusform>
            <numerusform>autorisé par %n règles&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked: no custom rule admits %1 (managed ranges admit Scalingo&apos;s own addresses only)</source>
        <translation>bloqué&#xa0;: aucune règle personnalisée n’admet %1 (les plages gérées n’admettent que les adresses de Scalingo)</translation>
    </message>
    <message>
        <source>blocked: no firewall rule admits this computer (%1)</source>
        <translation>bloqué&#xa0;: aucune règle de pare-feu n’admet cet ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a database user</source>
        <translation>Ajouter un utilisateur de base de données</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. reporting_ro</source>
        <translation>ex.&#xa0;: reporting_ro</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>6 to 32 characters: lower-case letters, digits and underscores, starting with a letter</source>
        <translation>De 6 à 32 caractères&#xa0;: lettres minuscules, chiffres et tirets bas, en commençant par une lettre</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>24 to 64 characters, without quotes; leave empty to let Scalingo generate one</source>
        <translation>De 24 à 64 caractères, sans guillemets ni apostrophes&#xa0;; laissez vide pour que Scalingo en génère un</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Fill in a random 64-character password</source>
        <translation>Remplir avec un mot de passe aléatoire de 64 caractères</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Password confirmation</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>A read-only user can read data but not change it</source>
        <translation>Un utilisateur en lecture seule peut lire les données, mais pas les modifier</translation>
    </message>
    <message>
        <source>Adding the user</source>
        <translation>Ajout de l’utilisateur</translation>
    </message>
    <message>
        <source>Add this user</source>
        <translation>Ajouter cet utilisateur</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>24 to 64 characters</source>
        <translation>De 24 à 64 caractères</translation>
    </message>
    <message>
        <source>Leave empty to let Scalingo generate one</source>
        <translation>Laissez vide pour que Scalingo en génère un</translation>
    </message>
    <message>
        <source>A read-only user can read every table but change nothing; a read-write user can also insert, update, delete and create tables.</source>
        <translation>Un utilisateur en lecture seule peut lire toutes les tables sans rien modifier&#xa0;; un utilisateur en lecture-écriture peut aussi insérer, modifier et supprimer des données, et créer des tables.</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Définir le mot de passe de %1</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Un utilisateur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>6 to 32 characters: lower-case letters, digits and _, starting with a letter.</source>
        <translation>De 6 à 32 caractères&#xa0;: lettres minuscules, chiffres et _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Disponible.</translation>
    </message>
    <message>
        <source>Empty: Scalingo will generate a strong password and show it once.</source>
        <translation>Vide&#xa0;: Scalingo générera un mot de passe robuste et l’affichera une seule fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), no quotes: good.</source>
        <translation>
            <numerusform>%n caractère, sans guillemets ni apostrophes&#xa0;: c’est bon.</numerusform>
            <numerusform>%n caractères, sans guillemets ni apostrophes&#xa0;: c’est bon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation>Saisissez à nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Les mots de passe correspondent.</translation>
    </message>
    <message>
        <source>The current password is replaced and cannot be restored afterwards (this change cannot be undone).</source>
        <translation>Le mot de passe actuel est remplacé et ne pourra pas être rétabli ensuite (cette modification est irréversible).</translation>
    </message>
</context>
<context>
    <name>AddonDiscovery</name>
    <message>
        <source>The apps of the region %1 could not be listed: %2</source>
        <translation>Impossible de lister les applications de la région %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AllDatabasesModel</name>
    <message>
        <source>This computer&apos;s public address: %1</source>
        <translation>Adresse publique de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Classic addon</source>
        <translation>Addon classique</translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation>Ressources dédiées</translation>
    </message>
    <message>
        <source>Internet access on</source>
        <translation>Accès Internet activé</translation>
    </message>
    <message>
        <source>Internet access off</source>
        <translation>Accès Internet désactivé</translation>
    </message>
    <message>
        <source>%1 / %2 rules</source>
        <translation>%1 / %2 règles</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), next expires %1</source>
        <translation>
            <numerusform>%n règle, la prochaine expire le %1</numerusform>
            <numerusform>%n règles, la prochaine expire le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Waiting to refresh</source>
        <translation>En attente d’actualisation</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Firewall / Internet</source>
        <translation>Pare-feu / Internet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>On MD5</source>
        <translation>En MD5</translation>
    </message>
    <message>
        <source>Temporary rules</source>
        <translation>Règles temporaires</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>AllDatabasesPage</name>
    <message>
        <source>Every database your account can see, in every region: who can reach it and whether this computer can. Figures are read a few databases at a time, within the API&apos;s limit of 60 requests per minute per region. Double-click a row to open that database.</source>
        <translation>Toutes les bases de données visibles par votre compte, dans toutes les régions&#xa0;: qui peut les joindre et si cet ordinateur le peut. Les chiffres sont lus quelques bases à la fois, dans la limite de l’API de 60 requêtes par minute et par région. Double-cliquez sur une ligne pour ouvrir cette base de données.</translation>
    </message>
    <message>
        <source>Search name, app, region, plan</source>
        <translation>Rechercher un nom, une application, une région, une offre</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>Rechercher des bases de données</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Toutes les bases de données</translation>
    </message>
    <message>
        <source>Reading figures: %1 of %2 databases</source>
        <translation>Lecture des chiffres&#xa0;: %1 bases de données sur %2</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Aucun chiffre pour l’instant.</translation>
    </message>
    <message>
        <source>Figures are up to date.</source>
        <translation>Les chiffres sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Some figures are %n minute(s) old (read at %1). Refresh all to read them again.</source>
        <translation>
            <numerusform>Certains chiffres datent de %n minute (lus à %1). Actualisez tout pour les relire.</numerusform>
            <numerusform>Certains chiffres datent de %n minutes (lus à %1). Actualisez tout pour les relire.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All databases</source>
        <translation>&amp;Toutes les bases de données</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>Tout act&amp;ualiser</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The database has no %1 variable.</source>
        <translation>La base de données n’a pas de variable %1.</translation>
    </message>
    <message>
        <source>The region “%1” of this database is not available to your account.</source>
        <translation>La région «&#xa0;%1&#xa0;» de cette base de données n’est pas disponible pour votre compte.</translation>
    </message>
    <message>
        <source>No addon was found for the database “%1”.</source>
        <translation>Aucun addon n’a été trouvé pour la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several addons were found for “%1”: it may be an application, not a database.</source>
        <translation>Plusieurs addons ont été trouvés pour «&#xa0;%1&#xa0;»&#xa0;: il s’agit peut-être d’une application et non d’une base de données.</translation>
    </message>
    <message>
        <source>No database is selected.</source>
        <translation>Aucune base de données n’est sélectionnée.</translation>
    </message>
    <message>
        <source>The service did not answer with an IPv4 address.</source>
        <translation>Le service n’a pas répondu avec une adresse IPv4.</translation>
    </message>
    <message>
        <source>The connection was lost while changing the password of %1: the change may have been applied. Try signing in with the new password, or set it again.</source>
        <translation>La connexion a été perdue pendant la modification du mot de passe de %1&#xa0;: la modification a peut-être été appliquée. Essayez de vous connecter avec le nouveau mot de passe, ou définissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The password of %1 was probably changed, but the new one could not be shown. Reset it again to get a new password.</source>
        <translation>Le mot de passe de %1 a probablement été modifié, mais le nouveau n’a pas pu être affiché. Réinitialisez-le à nouveau pour obtenir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The connection was lost while creating the user %1: it may have been created. Refresh the list before trying again.</source>
        <translation>La connexion a été perdue pendant la création de l’utilisateur %1&#xa0;: il a peut-être été créé. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection was lost while adding the rule: it may have been added. Refresh the list before trying again.</source>
        <translation>La connexion a été perdue pendant l’ajout de la règle&#xa0;: elle a peut-être été ajoutée. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection was lost while deleting the user %1: it may have been deleted. Refresh the list to check.</source>
        <translation>La connexion a été perdue pendant la suppression de l’utilisateur %1&#xa0;: il a peut-être été supprimé. Actualisez la liste pour vérifier.</translation>
    </message>
    <message>
        <source>The connection was lost while deleting the rule: it may have been deleted. Refresh the list to check.</source>
        <translation>La connexion a été perdue pendant la suppression de la règle&#xa0;: elle a peut-être été supprimée. Actualisez la liste pour vérifier.</translation>
    </message>
    <message>
        <source>The service did not answer with a PEM certificate.</source>
        <translation>Le service n’a pas répondu par un certificat PEM.</translation>
    </message>
    <message>
        <source>The connection was lost while changing the rule&apos;s label: it may have been changed. Refresh the list to check.</source>
        <translation>La connexion a été perdue pendant la modification du libellé de la règle&#xa0;: il a peut-être été modifié. Actualisez la liste pour vérifier.</translation>
    </message>
    <message>
        <source>This rule no longer exists: someone deleted it meanwhile.</source>
        <translation>Cette règle n’existe plus&#xa0;: quelqu’un l’a supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The rule&apos;s label was changed by someone else meanwhile. Refresh the list to see it.</source>
        <translation>Le libellé de la règle a été modifié par quelqu’un d’autre entre-temps. Actualisez la liste pour le voir.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached or the connection was interrupted. Check your Internet connection and try again.</source>
        <translation>Le serveur est injoignable ou la connexion a été interrompue. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Your session has expired or your API token was revoked. Sign in again.</source>
        <translation>Votre session a expiré ou votre jeton d’API a été révoqué. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Vous n’avez pas les droits nécessaires pour effectuer cette action.</translation>
    </message>
    <message>
        <source>The requested item was not found. It may have been deleted.</source>
        <translation>L’élément demandé est introuvable. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The operation conflicts with the current state of the database.</source>
        <translation>L’opération est en conflit avec l’état actuel de la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again in a moment.</source>
        <translation>Trop de requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server could not complete the operation.</source>
        <translation>Le serveur n’a pas pu terminer l’opération.</translation>
    </message>
    <message>
        <source>The server sent an unexpected response.</source>
        <translation>Le serveur a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The outcome of the operation is unknown.</source>
        <translation>Le résultat de l’opération est inconnu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Gatehouse refused to connect to %1: only encrypted (https://) connections are allowed outside this computer, and credentials never follow a redirection to another server.</source>
        <translation>Gatehouse a refusé de se connecter à %1&#xa0;: seules les connexions chiffrées (https://) sont autorisées en dehors de cet ordinateur, et les identifiants ne suivent jamais une redirection vers un autre serveur.</translation>
    </message>
    <message>
        <source>You are not allowed to perform this operation.</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MiB, far more than any real answer; Gatehouse stopped reading it.</source>
        <translation>La réponse du serveur dépassait %1 Mio, bien plus que toute réponse réelle&#xa0;; Gatehouse a cessé de la lire.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish answering within %n second(s); Gatehouse gave up waiting.</source>
        <translation>
            <numerusform>Le serveur n’a pas fini de répondre en %n seconde&#xa0;; Gatehouse a cessé d’attendre.</numerusform>
            <numerusform>Le serveur n’a pas fini de répondre en %n secondes&#xa0;; Gatehouse a cessé d’attendre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchItem</name>
    <message>
        <source>Add managed range %1</source>
        <translation>Ajouter la plage gérée %1</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>Ajouter la règle %1</translation>
    </message>
    <message>
        <source>Add rule %1 (%2)</source>
        <translation>Ajouter la règle %1 (%2)</translation>
    </message>
    <message>
        <source>Add user %1 (read-only)</source>
        <translation>Ajouter l’utilisateur %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Add user %1 (read-write)</source>
        <translation>Ajouter l’utilisateur %1 (lecture-écriture)</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>Supprimer l’utilisateur %1</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>À créer</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done (confirmed by listing)</source>
        <translation>Fait (confirmé en relisant la liste)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Non envoyé (annulé)</translation>
    </message>
    <message>
        <source>Already there, skipped</source>
        <translation>Déjà présent, ignoré</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Impossible: %1</source>
        <translation>Impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BatchPlanModel</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>BulkRules</name>
    <message>
        <source>Not a network address: its host bits are set. The network is %1.</source>
        <translation>Pas une adresse de réseau&#xa0;: ses bits d’hôte sont positionnés. Le réseau est %1.</translation>
    </message>
    <message>
        <source>0.0.0.0/0 turns the firewall off: add it alone with New rule, which asks for a confirmation.</source>
        <translation>0.0.0.0/0 désactive le pare-feu&#xa0;: ajoutez-la seule avec Nouvelle règle, qui demande une confirmation.</translation>
    </message>
    <message>
        <source>Same network as line %1.</source>
        <translation>Même réseau que la ligne %1.</translation>
    </message>
    <message>
        <source>Already allowed by the rule %1.</source>
        <translation>Déjà autorisée par la règle %1.</translation>
    </message>
    <message>
        <source>Already covered by the rule %1.</source>
        <translation>Déjà couverte par la règle %1.</translation>
    </message>
    <message>
        <source>Already covered by line %1 (%2).</source>
        <translation>Déjà couverte par la ligne %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Over the quota of %n rule(s): untick some lines or delete rules first.</source>
        <translation>
            <numerusform>Au-delà du quota de %n règle&#xa0;: décochez des lignes ou supprimez d’abord des règles.</numerusform>
            <numerusform>Au-delà du quota de %n règles&#xa0;: décochez des lignes ou supprimez d’abord des règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>It covers the rule(s) %1, which you may then delete.</source>
        <translation>Elle couvre la ou les règles %1, que vous pourrez alors supprimer.</translation>
    </message>
</context>
<context>
    <name>BulkRulesDialog</name>
    <message>
        <source>Add several rules</source>
        <translation>Ajouter plusieurs règles</translation>
    </message>
    <message>
        <source>Paste IPv4 addresses or networks: one per line, separated by commas, or rows copied from a table (the rest of a row becomes the rule&apos;s label). Review each line, then add the ticked ones.</source>
        <translation>Collez des adresses ou réseaux IPv4&#xa0;: un par ligne, séparés par des virgules, ou des lignes copiées d’un tableau (le reste d’une ligne devient le libellé de la règle). Vérifiez chaque ligne, puis ajoutez celles qui sont cochées.</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses to add</source>
        <translation>Adresses à ajouter</translation>
    </message>
    <message>
        <source>203.0.113.0/24	Office
198.51.100.7	Home</source>
        <translation>203.0.113.0/24	Office
198.51.100.7	Home</translation>
    </message>
    <message>
        <source>Review of the pasted addresses</source>
        <translation>Vérification des adresses collées</translation>
    </message>
    <message>
        <source>Adding the rules</source>
        <translation>Ajout des règles</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajoutée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, not ticked</source>
        <translation>OK, non cochée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>En double</translation>
    </message>
    <message>
        <source>Already allowed</source>
        <translation>Déjà autorisée</translation>
    </message>
    <message>
        <source>Already covered</source>
        <translation>Déjà couverte</translation>
    </message>
    <message>
        <source>Over quota</source>
        <translation>Au-delà du quota</translation>
    </message>
    <message>
        <source>Not a public address</source>
        <translation>Pas une adresse publique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paste addresses above: nothing is sent before you click the button below.</source>
        <translation>Collez des adresses ci-dessus&#xa0;: rien n’est envoyé avant que vous cliquiez sur le bouton ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) found.</source>
        <translation>
            <numerusform>%n adresse trouvée.</numerusform>
            <numerusform>%n adresses trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the %n ticked one(s), the database would have %1 of its %2 rules.</source>
        <translation>
            <numerusform>Avec %n ligne cochée, la base de données aurait %1 de ses %2 règles.</numerusform>
            <numerusform>Avec les %n lignes cochées, la base de données aurait %1 de ses %2 règles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an address skipped.</source>
        <translation>
            <numerusform>%n ligne sans adresse ignorée.</numerusform>
            <numerusform>%n lignes sans adresse ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many rules: untick %n line(s), or delete rules first. Nothing is sent while the ticked lines exceed the quota.</source>
        <translation>
            <numerusform>Trop de règles&#xa0;: décochez %n ligne, ou supprimez d’abord des règles. Rien n’est envoyé tant que les lignes cochées dépassent le quota.</numerusform>
            <numerusform>Trop de règles&#xa0;: décochez %n lignes, ou supprimez d’abord des règles. Rien n’est envoyé tant que les lignes cochées dépassent le quota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n rule(s)</source>
        <translation>
            <numerusform>Réessayer %n règle</numerusform>
            <numerusform>Réessayer %n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n rule(s)</source>
        <translation>
            <numerusform>Ajouter %n règle</numerusform>
            <numerusform>Ajouter %n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed after the connection dropped</source>
        <translation>confirmée après la coupure de la connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added.</source>
        <translation>
            <numerusform>%n règle ajoutée.</numerusform>
            <numerusform>%n règles ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be added: see each line, then retry them.</source>
        <translation>
            <numerusform>%n règle n’a pas pu être ajoutée&#xa0;: voyez sa ligne, puis réessayez.</numerusform>
            <numerusform>%n règles n’ont pas pu être ajoutées&#xa0;: voyez chaque ligne, puis réessayez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: the database would have more than %n rule(s). Untick some lines.</source>
        <translation>
            <numerusform>Rien n’a été envoyé&#xa0;: la base de données aurait plus de %n règle. Décochez des lignes.</numerusform>
            <numerusform>Rien n’a été envoyé&#xa0;: la base de données aurait plus de %n règles. Décochez des lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: the rules changed since this window opened. Each line shows its verdict against them now; review, then add.</source>
        <translation>Rien n’a été envoyé&#xa0;: les règles ont changé depuis l’ouverture de cette fenêtre. Chaque ligne montre son verdict face aux règles actuelles&#xa0;; vérifiez, puis ajoutez.</translation>
    </message>
    <message>
        <source>Nothing was sent: the rules could not be listed again to check the quota: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: les règles n’ont pas pu être relues pour vérifier le quota&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Already undone.</source>
        <translation>Déjà annulée.</translation>
    </message>
    <message>
        <source>This line is itself an undo.</source>
        <translation>Cette ligne est elle-même une annulation.</translation>
    </message>
    <message>
        <source>This change is still in progress.</source>
        <translation>Cette modification est encore en cours.</translation>
    </message>
    <message>
        <source>This change was not applied: there is nothing to undo.</source>
        <translation>Cette modification n’a pas été appliquée&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>The rule&apos;s id is not known.</source>
        <translation>L’identifiant de la règle est inconnu.</translation>
    </message>
    <message>
        <source>What the rule admitted was not known when it was deleted.</source>
        <translation>Ce que la règle autorisait n’était pas connu au moment de sa suppression.</translation>
    </message>
    <message>
        <source>It was disabled with CASCADE: what depended on it was removed too and cannot be restored.</source>
        <translation>Elle a été désactivée avec CASCADE&#xa0;: ce qui en dépendait a aussi été supprimé et ne peut pas être rétabli.</translation>
    </message>
    <message>
        <source>A deleted user cannot be restored: its password and privileges are gone.</source>
        <translation>Un utilisateur supprimé ne peut pas être rétabli&#xa0;: son mot de passe et ses privilèges ont disparu.</translation>
    </message>
    <message>
        <source>The previous password is not known, so it cannot be restored.</source>
        <translation>L’ancien mot de passe n’est pas connu&#xa0;; il ne peut donc pas être rétabli.</translation>
    </message>
    <message>
        <source>Gatehouse does not undo this kind of change; make the opposite change yourself.</source>
        <translation>Gatehouse n’annule pas ce type de modification&#xa0;; faites vous-même la modification inverse.</translation>
    </message>
</context>
<context>
    <name>ChangePreviewDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Changes per database</source>
        <translation>Modifications par base</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>Enter an IPv4 address or network, for example 203.0.113.0/24.</source>
        <translation>Saisissez une adresse ou un réseau IPv4, par exemple 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>Remove the port (&quot;:%1&quot;): a firewall rule applies to every port of an address.</source>
        <translation>Retirez le port («&#xa0;:%1&#xa0;»)&#xa0;: une règle de pare-feu s’applique à tous les ports d’une adresse.</translation>
    </message>
    <message>
        <source>IPv6 addresses are not supported: firewall rules accept IPv4 addresses only.</source>
        <translation>Les adresses IPv6 ne sont pas prises en charge&#xa0;: les règles de pare-feu n’acceptent que des adresses IPv4.</translation>
    </message>
    <message>
        <source>Write a single &quot;/&quot; between the address and the prefix length, for example 203.0.113.0/24.</source>
        <translation>Écrivez une seule barre oblique «&#xa0;/&#xa0;» entre l’adresse et la longueur du préfixe, par exemple 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>An IPv4 address has four numbers separated by dots, for example 203.0.113.7.</source>
        <translation>Une adresse IPv4 est composée de quatre nombres séparés par des points, par exemple 203.0.113.7.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: use four numbers from 0 to 255 separated by dots.</source>
        <translation>%1 n’est pas une adresse IPv4&#xa0;: utilisez quatre nombres de 0 à 255 séparés par des points.</translation>
    </message>
    <message>
        <source>%1 is too large: each number of an IPv4 address is between 0 and 255.</source>
        <translation>%1 est trop grand&#xa0;: chaque nombre d’une adresse IPv4 est compris entre 0 et 255.</translation>
    </message>
    <message>
        <source>%1 has a leading zero, which some tools read as an octal number: write %2 instead.</source>
        <translation>%1 commence par un zéro, que certains outils lisent comme un nombre octal&#xa0;: écrivez plutôt %2.</translation>
    </message>
    <message>
        <source>The prefix length after &quot;/&quot; is missing: use a number from 0 to 32.</source>
        <translation>La longueur du préfixe après «&#xa0;/&#xa0;» est manquante&#xa0;: utilisez un nombre de 0 à 32.</translation>
    </message>
    <message>
        <source>The prefix length must be a number from 0 to 32, not %1.</source>
        <translation>La longueur du préfixe doit être un nombre de 0 à 32, et non %1.</translation>
    </message>
    <message>
        <source>This is a private network address (like a home or office network behind a router). The database sees your router&apos;s public address, never this one: this rule would let nobody in.</source>
        <translation>C’est une adresse de réseau privé (comme un réseau domestique ou de bureau derrière un routeur). La base de données voit l’adresse publique de votre routeur, jamais celle-ci&#xa0;: cette règle ne laisserait entrer personne.</translation>
    </message>
    <message>
        <source>This is a shared address of an Internet provider (carrier-grade NAT). The database sees the provider&apos;s public address, never this one: this rule would let nobody in.</source>
        <translation>C’est une adresse partagée d’un fournisseur d’accès (NAT de niveau opérateur). La base de données voit l’adresse publique du fournisseur, jamais celle-ci&#xa0;: cette règle ne laisserait entrer personne.</translation>
    </message>
    <message>
        <source>This is a loopback address: it only ever means the computer itself, so no connection from the Internet comes from it.</source>
        <translation>C’est une adresse de bouclage&#xa0;: elle désigne toujours l’ordinateur lui-même, aucune connexion venant d’Internet ne vient d’elle.</translation>
    </message>
    <message>
        <source>This is a link-local address, which a computer gives itself when its network has no DHCP: it never reaches the Internet.</source>
        <translation>C’est une adresse de lien local, qu’un ordinateur se donne quand son réseau n’a pas de DHCP&#xa0;: elle n’atteint jamais Internet.</translation>
    </message>
    <message>
        <source>This is a multicast address: no computer connects from it.</source>
        <translation>C’est une adresse de multidiffusion&#xa0;: aucun ordinateur ne se connecte depuis elle.</translation>
    </message>
    <message>
        <source>This is a reserved address, not used on the Internet: no computer connects from it.</source>
        <translation>C’est une adresse réservée, inutilisée sur Internet&#xa0;: aucun ordinateur ne se connecte depuis elle.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation>Texte de confirmation</translation>
    </message>
    <message>
        <source>Acknowledge the consequences</source>
        <translation>Prendre acte des conséquences</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Saisissez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The name contains invisible characters, written here as &lt;U+code&gt;. Type %1 to confirm:</source>
        <translation>Le nom contient des caractères invisibles, écrits ici sous la forme &lt;U+code&gt;. Saisissez %1 pour confirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>Characters such as / ? # @ in the user name or password must be percent-encoded.</source>
        <translation>Les caractères tels que /&#xa0;? # @ dans le nom d’utilisateur ou le mot de passe doivent être encodés (encodage-pourcent).</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql://.</source>
        <translation>Un URI de connexion commence par postgresql://.</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql://, not %1://.</source>
        <translation>Un URI de connexion commence par postgresql://, et non par %1://.</translation>
    </message>
    <message>
        <source>The host name is missing its closing &quot;]&quot;.</source>
        <translation>Il manque le «&#xa0;]&#xa0;» fermant du nom d’hôte.</translation>
    </message>
    <message>
        <source>Unexpected characters after the host name: %1.</source>
        <translation>Caractères inattendus après le nom d’hôte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The connection URI has no host name.</source>
        <translation>L’URI de connexion ne contient aucun nom d’hôte.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not %1.</source>
        <translation>Le port doit être un nombre de 1 à 65535, et non %1.</translation>
    </message>
</context>
<context>
    <name>CopyRulesDialog</name>
    <message>
        <source>Copy rules</source>
        <translation>Copier des règles</translation>
    </message>
    <message>
        <source>Copy the firewall rules of one database to others. Rules a database has already are skipped, and no database gets more than 30 rules. You will see what each database gets before anything changes.</source>
        <translation>Copie les règles de pare-feu d’une base vers d’autres. Les règles qu’une base a déjà sont ignorées, et aucune base ne dépasse 30 règles. Vous verrez ce que reçoit chaque base avant toute modification.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Database to copy the rules from</source>
        <translation>Base dont copier les règles</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by name or region</source>
        <translation>Filtrer par nom ou région</translation>
    </message>
    <message>
        <source>Filter the databases to copy to</source>
        <translation>Filtrer les bases de destination</translation>
    </message>
    <message>
        <source>Databases to copy the rules to</source>
        <translation>Bases vers lesquelles copier les règles</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>&amp;Tout cocher (affichées)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Tick the databases that should get these rules.</source>
        <translation>Cochez les bases qui doivent recevoir ces règles.</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) selected.</source>
        <translation>
            <numerusform>%n base sélectionnée.</numerusform>
            <numerusform>%n bases sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other database to copy these rules to: classic addons have no firewall rules.</source>
        <translation>Aucune autre base vers laquelle copier ces règles&#xa0;: les addons classiques n’ont pas de règles de pare-feu.</translation>
    </message>
    <message>
        <source>No database matches the filter.</source>
        <translation>Aucune base ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>CopyRulesPlanner</name>
    <message>
        <source>This database could not be read: %1</source>
        <translation>Cette base n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This database has no firewall rules (a classic addon).</source>
        <translation>Cette base n’a pas de règles de pare-feu (un addon classique).</translation>
    </message>
</context>
<context>
    <name>DatabaseFeaturesModel</name>
    <message>
        <source>Force TLS cannot be turned off while Internet accessibility is on: connections from the internet must be encrypted. Turn Internet accessibility off first.</source>
        <translation>Impossible de désactiver Forcer TLS tant que l’accessibilité depuis Internet est activée&#xa0;: les connexions venant d’Internet doivent être chiffrées. Désactivez d’abord l’accessibilité depuis Internet.</translation>
    </message>
    <message>
        <source>Another change is still being applied. Wait until it is done.</source>
        <translation>Une autre modification est en cours d’application. Attendez qu’elle soit terminée.</translation>
    </message>
</context>
<context>
    <name>DatabasePickerDelegate</name>
    <message>
        <source>Classic addons</source>
        <translation>Addons classiques</translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation>Ressources dédiées</translation>
    </message>
</context>
<context>
    <name>DatabaseUsersModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Created with the database; it can&apos;t be removed or reset.</source>
        <translation>Créé avec la base de données&#xa0;; il ne peut être ni supprimé ni réinitialisé.</translation>
    </message>
    <message>
        <source>This password is stored with MD5, an outdated hash. Reset it to switch to SCRAM-SHA-256.</source>
        <translation>Ce mot de passe est stocké avec MD5, un hachage obsolète. Réinitialisez-le pour passer à SCRAM-SHA-256.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Password encryption</source>
        <translation>Chiffrement du mot de passe</translation>
    </message>
</context>
<context>
    <name>DatabaseUsersPage</name>
    <message>
        <source>Manage database users</source>
        <translation>Gérer les utilisateurs de la base de données</translation>
    </message>
    <message>
        <source>Each application or person should have its own user, read-only when it only needs to read.</source>
        <translation>Chaque application ou personne devrait avoir son propre utilisateur, en lecture seule lorsqu’elle a seulement besoin de lire.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>&amp;Définir le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Database users</source>
        <translation>Utilisateurs de la base de données</translation>
    </message>
    <message>
        <source>%1 was created with the database; it can&apos;t be removed or reset.</source>
        <translation>%1 a été créé avec la base de données&#xa0;; il ne peut être ni supprimé ni réinitialisé.</translation>
    </message>
    <message>
        <source>Let Scalingo generate a new password</source>
        <translation>Laisser Scalingo générer un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Delete the selected user (Del)</source>
        <translation>Supprimer l’utilisateur sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Loading the database users…</source>
        <translation>Chargement des utilisateurs de la base de données…</translation>
    </message>
    <message>
        <source>Select a database to see its users.</source>
        <translation>Sélectionnez une base de données pour voir ses utilisateurs.</translation>
    </message>
    <message>
        <source>User %1 was created (confirmed after the connection dropped).</source>
        <translation>L’utilisateur %1 a été créé (confirmé après la coupure de la connexion).</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utilisateur %1 créé.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation>Réinitialiser le mot de passe de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Réinitialisation du mot de passe de %1…</translation>
    </message>
    <message>
        <source>The password of %1 was not reset: %2</source>
        <translation>Le mot de passe de %1 n’a pas été réinitialisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Password of %1 updated.</source>
        <translation>Mot de passe de %1 mis à jour.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Supprimer l’utilisateur %1&#xa0;?</translation>
    </message>
    <message>
        <source>User %1 has been deleted.</source>
        <translation>L’utilisateur %1 a été supprimé.</translation>
    </message>
    <message>
        <source>User %1 was not deleted: %2</source>
        <translation>L’utilisateur %1 n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection URI of %1 copied, without its password.</source>
        <translation>URI de connexion de %1 copié, sans son mot de passe.</translation>
    </message>
    <message>
        <source>User %1 was not created: %2</source>
        <translation>L’utilisateur %1 n’a pas été créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password of %1 was not changed: %2</source>
        <translation>Le mot de passe de %1 n’a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>User %1 was already deleted.</source>
        <translation>L’utilisateur %1 était déjà supprimé.</translation>
    </message>
    <message>
        <source>Scalingo does not offer user management for this addon (plan %1). The server said: %2</source>
        <translation>Scalingo ne propose pas la gestion des utilisateurs pour cet addon (offre %1). Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still use MD5 password hashing: reset their passwords to switch to SCRAM-SHA-256.</source>
        <translation>
            <numerusform>%n utilisateur utilise encore le hachage de mot de passe MD5&#xa0;: réinitialisez son mot de passe pour passer à SCRAM-SHA-256.</numerusform>
            <numerusform>%n utilisateurs utilisent encore le hachage de mot de passe MD5&#xa0;: réinitialisez leur mot de passe pour passer à SCRAM-SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>Afficher tous les utilisateurs</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;Test login…</source>
        <translation>Tester la co&amp;nnexion…</translation>
    </message>
    <message>
        <source>Check that this user can log in with a password (typed for this test only, never saved)</source>
        <translation>Vérifier que cet utilisateur peut se connecter avec un mot de passe (tapé pour ce test seulement, jamais enregistré)</translation>
    </message>
    <message>
        <source>Scalingo generates a new password and shows it once. Applications using the current password will be refused until you update them. The current password cannot be restored afterwards: this cannot be undone.</source>
        <translation>Scalingo génère un nouveau mot de passe et l’affiche une seule fois. Les applications qui utilisent le mot de passe actuel seront refusées jusqu’à ce que vous les mettiez à jour. Le mot de passe actuel ne pourra pas être rétabli&#xa0;: cette action est irréversible.</translation>
    </message>
    <message>
        <source>Applications and people using this user will lose access to the database. Objects it owns are handed over to the database owner. This cannot be undone: a deleted user cannot be restored, not even from the History tab.</source>
        <translation>Les applications et les personnes qui utilisent cet utilisateur perdront l’accès à la base de données. Les objets dont il est propriétaire sont transférés au propriétaire de la base de données. Cette action est irréversible&#xa0;: un utilisateur supprimé ne peut pas être rétabli, même depuis l’onglet Historique.</translation>
    </message>
    <message>
        <source>Add a database &amp;user</source>
        <translation>Ajouter un &amp;utilisateur de base de données</translation>
    </message>
    <message>
        <source>&amp;Copy connection URI</source>
        <translation>&amp;Copier l’URI</translation>
    </message>
</context>
<context>
    <name>DatabasesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Addon</source>
        <translation>Addon</translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation>Ressources dédiées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 — PostgreSQL addon · %2 · %3</source>
        <translation>%1 — addon PostgreSQL · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — Dedicated Resources · %2 · %3</source>
        <translation>%1 — Ressources dédiées · %2 · %3</translation>
    </message>
</context>
<context>
    <name>DurationPicker</name>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 heures</translation>
    </message>
    <message>
        <source>Until the end of the day</source>
        <translation>Jusqu’à la fin de la journée</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Jusqu’à une date et une heure…</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>This time is already past: choose a later one.</source>
        <translation>Cette heure est déjà passée&#xa0;: choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <source>Gatehouse removes it at %1 if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation>Gatehouse la supprime à %1 s’il est ouvert, sinon la prochaine fois que quelqu’un ouvre cette base de données dans Gatehouse.</translation>
    </message>
    <message>
        <source>Gatehouse removes it on %1 at %2 if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation>Gatehouse la supprime le %1 à %2 s’il est ouvert, sinon la prochaine fois que quelqu’un ouvre cette base de données dans Gatehouse.</translation>
    </message>
</context>
<context>
    <name>ExtensionsModel</name>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>%1 (update available)</source>
        <translation>%1 (mise à jour disponible)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A change to this extension is in progress.</source>
        <translation>Une modification de cette extension est en cours.</translation>
    </message>
    <message>
        <source>This extension is not on the list of extensions your database user may enable.</source>
        <translation>Cette extension ne figure pas dans la liste des extensions que votre utilisateur de base de données peut activer.</translation>
    </message>
    <message>
        <source>Version %1 is available.</source>
        <translation>La version %1 est disponible.</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Nécessite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Version installée</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>Version par défaut</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Your database user is not allowed to create extensions in this database.</source>
        <translation>Votre utilisateur de base de données n’est pas autorisé à créer des extensions dans cette base.</translation>
    </message>
</context>
<context>
    <name>ExtensionsPage</name>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Extensions add types, functions and indexes to PostgreSQL. Gatehouse enables them over the database&apos;s own encrypted connection, so this computer must be allowed by the database&apos;s firewall.</source>
        <translation>Les extensions ajoutent des types, des fonctions et des index à PostgreSQL. Gatehouse les active via la connexion chiffrée de la base de données elle-même&#xa0;: cet ordinateur doit donc être autorisé par le pare-feu de la base de données.</translation>
    </message>
    <message>
        <source>Allow my current &amp;IP</source>
        <translation>Autoriser mon &amp;IP actuelle</translation>
    </message>
    <message>
        <source>Search extensions</source>
        <translation>Rechercher des extensions</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Add a firewall rule for this computer&apos;s public IPv4 address</source>
        <translation>Ajouter une règle de pare-feu pour l’adresse IPv4 publique de cet ordinateur</translation>
    </message>
    <message>
        <source>List the extensions again (F5)</source>
        <translation>Recharger la liste des extensions (F5)</translation>
    </message>
    <message>
        <source>The extensions could not be listed: %1</source>
        <translation>Impossible de lister les extensions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the database&apos;s connection address…</source>
        <translation>En attente de l’adresse de connexion de la base de données…</translation>
    </message>
    <message>
        <source>Select a database to see its extensions.</source>
        <translation>Sélectionnez une base de données pour voir ses extensions.</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Connexion à la base de données…</translation>
    </message>
    <message>
        <source>Loading the extensions…</source>
        <translation>Chargement des extensions…</translation>
    </message>
    <message>
        <source>The extensions are not available.</source>
        <translation>Les extensions ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS.</source>
        <translation>Connecté à %1 via TLS.</translation>
    </message>
    <message>
        <source>Your database user is not allowed to enable %1.</source>
        <translation>Votre utilisateur de base de données n’est pas autorisé à activer %1.</translation>
    </message>
    <message>
        <source>Enable the selected extension in this database</source>
        <translation>Activer l’extension sélectionnée dans cette base de données</translation>
    </message>
    <message>
        <source>Update %1 to version %2</source>
        <translation>Mettre à jour %1 vers la version %2</translation>
    </message>
    <message>
        <source>Update the selected extension to its newest version</source>
        <translation>Mettre à jour l’extension sélectionnée vers sa dernière version</translation>
    </message>
    <message>
        <source>This computer is not allowed to reach the database.</source>
        <translation>Cet ordinateur n’est pas autorisé à joindre la base de données.</translation>
    </message>
    <message>
        <source>The database refused the password.</source>
        <translation>La base de données a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>No secure connection could be made.</source>
        <translation>Aucune connexion sécurisée n’a pu être établie.</translation>
    </message>
    <message>
        <source>The database cannot be reached.</source>
        <translation>La base de données est injoignable.</translation>
    </message>
    <message>
        <source>Allow this computer&apos;s IP address in the database&apos;s firewall, wait until the rule is applied, then retry.</source>
        <translation>Autorisez l’adresse IP de cet ordinateur dans le pare-feu de la base de données, attendez que la règle soit appliquée, puis réessayez.</translation>
    </message>
    <message>
        <source>Showing the extensions Scalingo reports as enabled. Enabling or disabling needs the direct connection.</source>
        <translation>Affichage des extensions que Scalingo indique comme activées. Pour en activer ou en désactiver, la connexion directe est nécessaire.</translation>
    </message>
    <message>
        <source>%1 needs %2, which cannot be enabled on this database.</source>
        <translation>%1 nécessite %2, qui ne peut pas être activée sur cette base de données.</translation>
    </message>
    <message>
        <source>Enable extension</source>
        <translation>Activer l’extension</translation>
    </message>
    <message>
        <source>Enable %1 and what it needs?</source>
        <translation>Activer %1 et ses dépendances&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n extension(s)</source>
        <translation>
            <numerusform>Activer %n extension</numerusform>
            <numerusform>Activer %n extensions</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation>Activation de %1…</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 est activée.</translation>
    </message>
    <message>
        <source>%1 could not be enabled:</source>
        <translation>Impossible d’activer %1&#xa0;:</translation>
    </message>
    <message>
        <source>Disable extension</source>
        <translation>Désactiver l’extension</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 est désactivée.</translation>
    </message>
    <message>
        <source>%1 could not be disabled:</source>
        <translation>Impossible de désactiver %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is still enabled: other objects depend on it.</source>
        <translation>%1 est toujours activée&#xa0;: d’autres objets en dépendent.</translation>
    </message>
    <message>
        <source>Other objects depend on %1</source>
        <translation>D’autres objets dépendent de %1</translation>
    </message>
    <message>
        <source>Disable and delete</source>
        <translation>Désactiver et supprimer</translation>
    </message>
    <message>
        <source>Disabling %1 and what depends on it…</source>
        <translation>Désactivation de %1 et de ce qui en dépend…</translation>
    </message>
    <message>
        <source> Also removed:</source>
        <translation> Également supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>Updating %1 to version %2…</source>
        <translation>Mise à jour de %1 vers la version %2…</translation>
    </message>
    <message>
        <source>%1 is now at version %2.</source>
        <translation>%1 est maintenant en version %2.</translation>
    </message>
    <message>
        <source>%1 could not be updated:</source>
        <translation>Impossible de mettre à jour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Its functions, types and operators are removed from the database. If your tables or views use them, nothing is removed: Gatehouse lists them first and asks again.</source>
        <translation>Ses fonctions, types et opérateurs sont retirés de la base de données. Si vos tables ou vues les utilisent, rien n’est supprimé&#xa0;: Gatehouse les liste d’abord et vous redemande confirmation.</translation>
    </message>
    <message>
        <source>This addon is not reachable from the internet. To enable or disable extensions here, turn on Internet accessibility, or use Scalingo&apos;s console.</source>
        <translation>Cet addon n’est pas joignable depuis Internet. Pour activer ou désactiver des extensions ici, activez l’accessibilité depuis Internet, ou utilisez la console de Scalingo.</translation>
    </message>
    <message>
        <source>&amp;Internet accessibility…</source>
        <translation>Accessibilité depuis &amp;Internet…</translation>
    </message>
    <message>
        <source>Open Settings → Internet Access to make this addon reachable</source>
        <translation>Ouvrir Paramètres → Accès Internet pour rendre cet addon joignable</translation>
    </message>
    <message>
        <source>Showing the extensions Scalingo reports as enabled (read-only). Enabling them needs Internet accessibility, or Scalingo&apos;s console.</source>
        <translation>Voici les extensions que Scalingo indique comme activées (lecture seule). Pour en activer, il faut l’accessibilité depuis Internet, ou la console de Scalingo.</translation>
    </message>
    <message>
        <source>This computer cannot reach the database.</source>
        <translation>Cet ordinateur ne peut pas joindre la base de données.</translation>
    </message>
    <message>
        <source>Once the new rule is applied (about 2 minutes), click Retry.</source>
        <translation>Une fois la nouvelle règle appliquée (environ 2 minutes), cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>%1 needs these extensions, which are not enabled yet:
%2
Gatehouse enables them first, then %1, in one step.</source>
        <translation>%1 nécessite ces extensions, qui ne sont pas encore activées&#xa0;:
%2
Gatehouse les active d’abord, puis %1, en une seule étape.</translation>
    </message>
    <message>
        <source>Once Internet accessibility is activated, click Retry.</source>
        <translation>Une fois l’accessibilité Internet activée, cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Check step by step why this computer cannot connect</source>
        <translation>Vérifier étape par étape pourquoi cet ordinateur ne peut pas se connecter</translation>
    </message>
    <message>
        <source>The database reports:
%1
Disabling %2 anyway also deletes these objects, with their data. This cannot be undone, not even from the History tab.</source>
        <translation>La base de données indique&#xa0;:
%1
Désactiver %2 malgré tout supprime aussi ces objets, avec leurs données. Cette action est irréversible, même depuis l’onglet Historique.</translation>
    </message>
    <message>
        <source>Chec&amp;k access</source>
        <translation>Vé&amp;rifier l’accès</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Extensions add types, functions and indexes to PostgreSQL. Gatehouse enables them over the database&apos;s own encrypted connection, so this addon must be reachable from the Internet (Settings → Internet accessibility).</source>
        <translation>Les extensions ajoutent des types, des fonctions et des index à PostgreSQL. Gatehouse les active via la connexion chiffrée de la base de données elle-même&#xa0;: cet addon doit donc être joignable depuis Internet (Paramètres → Accessibilité depuis Internet).</translation>
    </message>
</context>
<context>
    <name>FirewallRulesModel</name>
    <message>
        <source>Custom CIDR IPv4</source>
        <translation>CIDR IPv4 personnalisé</translation>
    </message>
    <message>
        <source>Managed range</source>
        <translation>Plage gérée</translation>
    </message>
    <message>
        <source>Scalingo keeps the addresses of this range up to date.</source>
        <translation>Scalingo maintient à jour les adresses de cette plage.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>CIDR or range</source>
        <translation>CIDR ou plage</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>This rule admits this computer (%1).</source>
        <translation>Cette règle admet cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j&#xa0;%2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>Temporary rule until %1. Gatehouse removes it then if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation>Règle temporaire jusqu’au %1. Gatehouse la supprime à ce moment-là s’il est ouvert, sinon la prochaine fois que quelqu’un ouvre cette base de données dans Gatehouse.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Rule created</source>
        <translation>Règle créée</translation>
    </message>
    <message>
        <source>Rule deleted</source>
        <translation>Règle supprimée</translation>
    </message>
    <message>
        <source>Rule relabelled</source>
        <translation>Libellé de règle modifié</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <source>Extension enabled</source>
        <translation>Extension activée</translation>
    </message>
    <message>
        <source>Extension disabled</source>
        <translation>Extension désactivée</translation>
    </message>
    <message>
        <source>Extension updated</source>
        <translation>Extension mise à jour</translation>
    </message>
    <message>
        <source>Internet accessibility setting turned on</source>
        <translation>Réglage d’accessibilité Internet activé</translation>
    </message>
    <message>
        <source>Internet accessibility setting turned off</source>
        <translation>Réglage d’accessibilité Internet désactivé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Applied (confirmed after a lost reply)</source>
        <translation>Appliquée (confirmé après une réponse perdue)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown (the reply was lost)</source>
        <translation>Inconnu (la réponse a été perdue)</translation>
    </message>
    <message>
        <source>managed range %1</source>
        <translation>plage gérée %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>rule %1: label “%2”</source>
        <translation>règle %1&#xa0;: libellé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>user %1 (read-only)</source>
        <translation>utilisateur %1 (lecture seule)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (avec %2)</translation>
    </message>
    <message>
        <source>%1 and what depended on it (CASCADE)</source>
        <translation>%1 et ce qui en dépendait (CASCADE)</translation>
    </message>
    <message>
        <source>%1 to version %2</source>
        <translation>%1 vers la version %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (undo)</source>
        <translation>%1 (annulation)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Every change Gatehouse made from this computer: rules, users, extensions and Internet accessibility. Kept on this computer only; passwords are never recorded.</source>
        <translation>Chaque modification faite par Gatehouse depuis cet ordinateur&#xa0;: règles, utilisateurs, extensions et accessibilité Internet. Conservé sur cet ordinateur uniquement&#xa0;; les mots de passe ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Show changes of</source>
        <translation>Afficher les modifications de</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Toutes les bases de données</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Select a change to undo.</source>
        <translation>Sélectionnez une modification à annuler.</translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation>Annuler la modification sélectionnée</translation>
    </message>
    <message>
        <source>gatehouse-history-%1.csv</source>
        <translation>gatehouse-historique-%1.csv</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation>Impossible d’exporter l’historique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>%n modification exportée vers %1.</numerusform>
            <numerusform>%n modifications exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a database to see the changes made to it, or show all databases.</source>
        <translation>Ouvrez une base de données pour voir les modifications qui lui ont été apportées, ou affichez toutes les bases de données.</translation>
    </message>
    <message>
        <source>No change recorded yet. Every change Gatehouse makes from this computer (rules, users, extensions, Internet accessibility) will be listed here.</source>
        <translation>Aucune modification enregistrée pour l’instant. Chaque modification faite par Gatehouse depuis cet ordinateur (règles, utilisateurs, extensions, accessibilité depuis Internet) sera listée ici.</translation>
    </message>
    <message>
        <source>No change recorded for this database yet. The changes Gatehouse makes to it from this computer will be listed here.</source>
        <translation>Aucune modification enregistrée pour cette base de données pour l’instant. Les modifications que Gatehouse y fait depuis cet ordinateur seront listées ici.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Show only the changes of one operation over several databases (e.g. onboarding a person)</source>
        <translation>N’afficher que les modifications d’une opération sur plusieurs bases de données (par exemple l’intégration d’une personne)</translation>
    </message>
    <message>
        <source>No change matches the search, the kind or the operation chosen.</source>
        <translation>Aucune modification ne correspond à la recherche, au type ou à l’opération choisis.</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Toutes les opérations</translation>
    </message>
</context>
<context>
    <name>InternetAccessPage</name>
    <message>
        <source>Firewall rules</source>
        <translation>Règles de pare-feu</translation>
    </message>
    <message>
        <source>Your database refuses every connection by default. Each rule below lets one network in. Changes take about 2 minutes to apply.</source>
        <translation>Votre base de données refuse toute connexion par défaut. Chaque règle ci-dessous laisse entrer un réseau. Les modifications prennent environ 2 minutes pour s’appliquer.</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Nouvelle règle</translation>
    </message>
    <message>
        <source>Allow my current &amp;IP</source>
        <translation>Autoriser mon &amp;IP actuelle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Règles utilisées</translation>
    </message>
    <message>
        <source>Add a firewall rule (Ctrl+N)</source>
        <translation>Ajouter une règle de pare-feu (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected rule (Del)</source>
        <translation>Supprimer la règle sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Add a rule for this computer&apos;s public IPv4 address</source>
        <translation>Ajouter une règle pour l’adresse IPv4 publique de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 / %2 rules</source>
        <translation>%1 / %2 règles</translation>
    </message>
    <message numerus="yes">
        <source>A database can have at most %n firewall rule(s).</source>
        <translation>
            <numerusform>Une base de données peut avoir au plus %n règle de pare-feu.</numerusform>
            <numerusform>Une base de données peut avoir au plus %n règles de pare-feu.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has %1 rules, the maximum. Delete one to add another.</source>
        <translation>Cette base de données a déjà %1 règles, le maximum. Supprimez-en une pour en ajouter une autre.</translation>
    </message>
    <message>
        <source>Loading the firewall rules…</source>
        <translation>Chargement des règles de pare-feu…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No firewall rules: nobody can reach this database.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;Add a rule&lt;/a&gt; for your office, your computer or a Scalingo region.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune règle de pare-feu&#xa0;: personne ne peut joindre cette base de données.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;Ajoutez une règle&lt;/a&gt; pour votre bureau, votre ordinateur ou une région Scalingo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The firewall rules are not available.</source>
        <translation>Les règles de pare-feu ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Select a database to see its firewall rules.</source>
        <translation>Sélectionnez une base de données pour voir ses règles de pare-feu.</translation>
    </message>
    <message>
        <source>The rule for %1</source>
        <translation>La règle pour %1</translation>
    </message>
    <message>
        <source>Finding this computer&apos;s public IP address…</source>
        <translation>Recherche de l’adresse IP publique de cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address could not be found: %1</source>
        <translation>Impossible de trouver l’adresse IP publique de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete the rule for %1?</source>
        <translation>Supprimer la règle pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the rule for %1 (%2)?</source>
        <translation>Supprimer la règle pour %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Connections from this network will be refused once the change is applied (about 2 minutes). Sessions already open are not cut.</source>
        <translation>Les connexions depuis ce réseau seront refusées une fois la modification appliquée (environ 2 minutes). Les sessions déjà ouvertes ne sont pas coupées.</translation>
    </message>
    <message>
        <source>This is the last rule that admits this computer (%1): after it is deleted, Gatehouse can no longer manage extensions from here.</source>
        <translation>C’est la dernière règle qui autorise cet ordinateur (%1)&#xa0;: une fois qu’elle sera supprimée, Gatehouse ne pourra plus gérer les extensions depuis ce poste.</translation>
    </message>
    <message>
        <source>I understand this computer will lose access</source>
        <translation>Je comprends que cet ordinateur perdra l’accès</translation>
    </message>
    <message>
        <source>It is the last rule: nobody will be able to reach the database.</source>
        <translation>C’est la dernière règle&#xa0;: plus personne ne pourra joindre la base de données.</translation>
    </message>
    <message>
        <source>The removal of %1</source>
        <translation>La suppression de la règle pour %1</translation>
    </message>
    <message>
        <source>The rule for %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer la règle pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n’a pas été ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule for %1 (added: confirmed after the connection dropped)</source>
        <translation>La règle pour %1 (ajoutée&#xa0;: confirmé après la coupure de connexion)</translation>
    </message>
    <message>
        <source>The rule for %1 was already deleted.</source>
        <translation>La règle pour %1 était déjà supprimée.</translation>
    </message>
    <message>
        <source>The firewall rules could not be loaded: %1</source>
        <translation>Impossible de charger les règles de pare-feu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Check step by step whether this computer can connect, and why not</source>
        <translation>Vérifier étape par étape si cet ordinateur peut se connecter, et pourquoi pas</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Vérifier l’accès</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>Expirati&amp;on</translation>
    </message>
    <message>
        <source>Extend or end the selected rule&apos;s expiry</source>
        <translation>Prolonger ou supprimer l’expiration de la règle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Temporary rules only</source>
        <translation>Règles te&amp;mporaires uniquement</translation>
    </message>
    <message>
        <source>Paste several addresses or networks and review them</source>
        <translation>Coller plusieurs adresses ou réseaux et les vérifier</translation>
    </message>
    <message numerus="yes">
        <source>The addition of %n rule(s)</source>
        <translation>
            <numerusform>L’ajout de %n règle</numerusform>
            <numerusform>L’ajout de %n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k access</source>
        <translation>Vé&amp;rifier l’accès</translation>
    </message>
    <message>
        <source>%1 no longer exists (deleted, perhaps from another window or tool): no longer waiting for it to apply.</source>
        <translation>%1 n’existe plus (supprimée, peut-être depuis une autre fenêtre ou un autre outil)&#xa0;: Gatehouse n’attend plus qu’elle s’applique.</translation>
    </message>
    <message>
        <source>Add seve&amp;ral…</source>
        <translation>Ajouter p&amp;lusieurs…</translation>
    </message>
</context>
<context>
    <name>InternetAccessibilityPage</name>
    <message>
        <source>This database is an addon of an app. It has no firewall rules: two settings decide who can connect.</source>
        <translation>Cette base de données est un addon d’une application. Elle n’a pas de règles de pare-feu&#xa0;: deux réglages décident qui peut s’y connecter.</translation>
    </message>
    <message>
        <source>Force TLS</source>
        <translation>Forcer TLS</translation>
    </message>
    <message>
        <source>Require &amp;TLS for every connection</source>
        <translation>Exiger TL&amp;S pour toute connexion</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>When on, people and apps must connect with an encrypted (TLS) connection; unencrypted connections are refused.</source>
        <translation>Activé, les personnes et les applications doivent se connecter par une connexion chiffrée (TLS)&#xa0;; les connexions non chiffrées sont refusées.</translation>
    </message>
    <message>
        <source>Internet accessibility</source>
        <translation>Accessibilité depuis Internet</translation>
    </message>
    <message>
        <source>Reachable from the &amp;internet</source>
        <translation>Joignable depuis &amp;Internet</translation>
    </message>
    <message>
        <source>When on, anyone who knows a user&apos;s password can connect from anywhere, over TLS; when off, only the app&apos;s containers on Scalingo can.</source>
        <translation>Activée, toute personne connaissant le mot de passe d’un utilisateur peut se connecter depuis n’importe où, en TLS&#xa0;; désactivée, seuls les conteneurs de l’application sur Scalingo le peuvent.</translation>
    </message>
    <message>
        <source>A change is being applied</source>
        <translation>Une modification est en cours d’application</translation>
    </message>
    <message>
        <source>The change was not accepted: %1</source>
        <translation>La modification n’a pas été acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make the database reachable from the internet?</source>
        <translation>Rendre la base de données joignable depuis Internet&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone on the internet will be able to try to connect to this database.</source>
        <translation>N’importe qui sur Internet pourra tenter de se connecter à cette base de données.</translation>
    </message>
    <message>
        <source>Only its users&apos; passwords will protect it, and every connection will use TLS (Force TLS is turned on first if needed). Turn it on only if you need to connect from outside Scalingo, for example with Gatehouse&apos;s Extensions tab or a desktop SQL client.</source>
        <translation>Seuls les mots de passe de ses utilisateurs la protégeront, et toute connexion utilisera TLS (Forcer TLS est activé d’abord si nécessaire). Ne l’activez que si vous devez vous connecter depuis l’extérieur de Scalingo, par exemple avec l’onglet Extensions de Gatehouse ou un client SQL de bureau.</translation>
    </message>
    <message>
        <source>Make reachable</source>
        <translation>Rendre joignable</translation>
    </message>
    <message>
        <source>I understand that the database will be exposed to the internet</source>
        <translation>Je comprends que la base de données sera exposée à Internet</translation>
    </message>
    <message>
        <source>Stop Internet accessibility?</source>
        <translation>Arrêter l’accessibilité depuis Internet&#xa0;?</translation>
    </message>
    <message>
        <source>Only the app&apos;s containers on Scalingo will reach the database.</source>
        <translation>Seuls les conteneurs de l’application sur Scalingo pourront joindre la base de données.</translation>
    </message>
    <message>
        <source>Tools outside Scalingo, such as Gatehouse&apos;s Extensions tab and desktop SQL clients, will no longer be able to connect.</source>
        <translation>Les outils extérieurs à Scalingo, comme l’onglet Extensions de Gatehouse et les clients SQL de bureau, ne pourront plus se connecter.</translation>
    </message>
    <message>
        <source>Stop Internet accessibility</source>
        <translation>Arrêter l’accessibilité depuis Internet</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On (activated)</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Being turned on…</source>
        <translation>Activation en cours…</translation>
    </message>
    <message>
        <source>Being turned off…</source>
        <translation>Désactivation en cours…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for Force TLS…</source>
        <translation>En attente de Forcer TLS…</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Qui peut se connecter</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>No keychain support in this build.</source>
        <translation>Cette version a été compilée sans prise en charge du trousseau.</translation>
    </message>
</context>
<context>
    <name>LastSeenTracker</name>
    <message numerus="yes">
        <source>%n rule(s) added</source>
        <translation>
            <numerusform>%n règle ajoutée</numerusform>
            <numerusform>%n règles ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) removed</source>
        <translation>
            <numerusform>%n règle supprimée</numerusform>
            <numerusform>%n règles supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n utilisateur ajouté</numerusform>
            <numerusform>%n utilisateurs ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed</source>
        <translation>
            <numerusform>%n utilisateur supprimé</numerusform>
            <numerusform>%n utilisateurs supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>Removed since then: %1</source>
        <translation>Supprimés depuis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The database whose access you are managing</source>
        <translation>La base de données dont vous gérez les accès</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Internet Access</source>
        <translation>Accès Internet</translation>
    </message>
    <message>
        <source>Database Users</source>
        <translation>Utilisateurs de la base de données</translation>
    </message>
    <message>
        <source>&amp;Extensions</source>
        <translation>E&amp;xtensions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Manage who can reach your Scalingo for PostgreSQL® databases: firewall rules, database users and extensions.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Gérez qui peut joindre vos bases de données Scalingo for PostgreSQL®&#xa0;: règles de pare-feu, utilisateurs de base de données et extensions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gatehouse was built without QtKeychain</source>
        <translation>Gatehouse a été compilé sans QtKeychain</translation>
    </message>
    <message>
        <source>Your session has expired or the token was revoked. Sign in again to continue where you left off.</source>
        <translation>Votre session a expiré ou le jeton a été révoqué. Reconnectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Your databases could not be listed: %1</source>
        <translation>Impossible de lister vos bases de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>This database could not be opened: %1</source>
        <translation>Impossible d’ouvrir cette base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local sandbox (gatehouse-sandbox) is not installed next to Gatehouse.</source>
        <translation>Le bac à sable local (gatehouse-sandbox) n’est pas installé à côté de Gatehouse.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Démarrage du bac à sable local…</translation>
    </message>
    <message>
        <source>Starting the local sandbox and its PostgreSQL database…</source>
        <translation>Démarrage du bac à sable local et de sa base de données PostgreSQL…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>This token was refused. Check that you copied it entirely and that it has not been revoked.</source>
        <translation>Ce jeton a été refusé. Vérifiez que vous l’avez copié en entier et qu’il n’a pas été révoqué.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1); it is kept in memory until you quit.</source>
        <translation>Impossible d’enregistrer le jeton dans le trousseau (%1)&#xa0;; il est conservé en mémoire jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Gatehouse — Sign in</source>
        <translation>Gatehouse — Connexion</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Signed in to the local sandbox as %1</source>
        <translation>Connecté au bac à sable local en tant que %1</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>Rechercher une base de données</translation>
    </message>
    <message>
        <source>This account has no PostgreSQL database yet (neither Dedicated Resources nor an addon of an app). Create one in the Scalingo dashboard, then refresh.</source>
        <translation>Ce compte n’a pas encore de base de données PostgreSQL (ni Ressources dédiées, ni addon d’une application). Créez-en une dans le tableau de bord Scalingo, puis actualisez.</translation>
    </message>
    <message>
        <source>Addon of %1 · %2 · %3</source>
        <translation>Addon de %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Looking for addons: %1 of %2 apps</source>
        <translation>Recherche des addons&#xa0;: %1 applications sur %2</translation>
    </message>
    <message>
        <source>Stopping the local sandbox…</source>
        <translation>Arrêt du bac à sable local…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Temporary rule expired: removed automatically</source>
        <translation>Règle temporaire expirée : supprimée automatiquement</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ManagedRangesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>NewRuleDialog</name>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Allow connections to this database from a network. Everything else stays blocked.</source>
        <translation>Autorisez les connexions à cette base de données depuis un réseau. Toutes les autres connexions restent bloquées.</translation>
    </message>
    <message>
        <source>Rule &amp;type:</source>
        <translation>&amp;Type de règle&#xa0;:</translation>
    </message>
    <message>
        <source>Rule type</source>
        <translation>Type de règle</translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation>&amp;CIDR&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.0/24 or 198.51.100.25</source>
        <translation>ex.&#xa0;: 203.0.113.0/24 ou 198.51.100.25</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>An IPv4 address or network in CIDR notation</source>
        <translation>Une adresse ou un réseau IPv4 en notation CIDR</translation>
    </message>
    <message>
        <source>I understand that 0.0.0.0/0 lets any computer on the Internet try to connect</source>
        <translation>Je comprends que 0.0.0.0/0 permet à n’importe quel ordinateur sur Internet de tenter de se connecter</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, e.g. Office network</source>
        <translation>Facultatif, ex.&#xa0;: Réseau du bureau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation>Ajout de la règle</translation>
    </message>
    <message>
        <source>Custom CIDR IPv4</source>
        <translation>CIDR IPv4 personnalisé</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <source>Use the network address</source>
        <translation>Utiliser l’adresse réseau</translation>
    </message>
    <message>
        <source>This region is already allowed.</source>
        <translation>Cette région est déjà autorisée.</translation>
    </message>
    <message>
        <source>Lets in the applications hosted in this Scalingo region. Scalingo keeps its addresses up to date.</source>
        <translation>Laisse entrer les applications hébergées dans cette région Scalingo. Scalingo maintient ses adresses à jour.</translation>
    </message>
    <message>
        <source>%1 is not a network address: its host bits are set. The network is %2.</source>
        <translation>%1 n’est pas une adresse réseau&#xa0;: ses bits d’hôte ne sont pas à zéro. Le réseau est %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>A single address: %1.</source>
        <translation>Une seule adresse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Network %1: %2 addresses, from %3 to %4.</source>
        <translation>Réseau %1&#xa0;: %2 adresses, de %3 à %4.</translation>
    </message>
    <message>
        <source>This network is already allowed by the rule %1.</source>
        <translation>Ce réseau est déjà autorisé par la règle %1.</translation>
    </message>
    <message>
        <source>0.0.0.0/0 turns the firewall off: every computer on the Internet can try to log in.</source>
        <translation>0.0.0.0/0 désactive le pare-feu&#xa0;: n’importe quel ordinateur sur Internet peut tenter de se connecter.</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Use my public IP instead</source>
        <translation>Utiliser plutôt mon IP publique</translation>
    </message>
    <message>
        <source>It is already covered by the rule %1: adding it changes nothing.</source>
        <translation>Il est déjà couvert par la règle %1&#xa0;: l’ajouter ne change rien.</translation>
    </message>
    <message numerus="yes">
        <source>It covers %n existing rule(s): %1. You may delete them once this one is added.</source>
        <translation>
            <numerusform>Il couvre %n règle existante&#xa0;: %1. Vous pourrez la supprimer une fois celle-ci ajoutée.</numerusform>
            <numerusform>Il couvre %n règles existantes&#xa0;: %1. Vous pourrez les supprimer une fois celle-ci ajoutée.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address is %1.</source>
        <translation>L’adresse IP publique de cet ordinateur est %1.</translation>
    </message>
    <message>
        <source>Use my public IP instead (%1)</source>
        <translation>Utiliser plutôt mon IP publique (%1)</translation>
    </message>
    <message>
        <source>Finding this computer&apos;s public IP…</source>
        <translation>Recherche de l’IP publique de cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <source>Offboard a person</source>
        <translation>Retirer les accès d’une personne</translation>
    </message>
    <message>
        <source>Search every database you can see for what lets a person in: firewall rules whose label or network matches, and database users whose name matches. You will see everything found, and choose what to delete, before anything changes.</source>
        <translation>Cherche dans toutes les bases visibles ce qui laisse entrer une personne&#xa0;: les règles de pare-feu dont le libellé ou le réseau correspond, et les utilisateurs dont le nom correspond. Vous verrez tout ce qui a été trouvé, et choisirez quoi supprimer, avant toute modification.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>A name, a label, an IP address or a network</source>
        <translation>Un nom, un libellé, une adresse IP ou un réseau</translation>
    </message>
    <message>
        <source>Person to offboard</source>
        <translation>Personne dont retirer les accès</translation>
    </message>
    <message>
        <source>Firewall &amp;rules whose label or network matches</source>
        <translation>&amp;Règles de pare-feu dont le libellé ou le réseau correspond</translation>
    </message>
    <message>
        <source>Database &amp;users whose name matches</source>
        <translation>&amp;Utilisateurs de base dont le nom correspond</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message numerus="yes">
        <source>Searches %n database(s), a few at a time within the API&apos;s limit of 60 requests per minute per region.</source>
        <translation>
            <numerusform>Recherche dans %n base, quelques-unes à la fois, dans la limite de l’API de 60 requêtes par minute et par région.</numerusform>
            <numerusform>Recherche dans %n bases, quelques-unes à la fois, dans la limite de l’API de 60 requêtes par minute et par région.</numerusform>
        </translation>
    </message>
    <message>
        <source>As an address, it also finds the rules whose network contains it or lies inside it.</source>
        <translation>Pour une adresse, trouve aussi les règles dont le réseau la contient ou est contenu dedans.</translation>
    </message>
</context>
<context>
    <name>OffboardFlow</name>
    <message>
        <source>Find and delete a person&apos;s rules and users in every database</source>
        <translation>Trouver et supprimer les règles et utilisateurs d’une personne dans toutes les bases</translation>
    </message>
    <message>
        <source>Copy the firewall rules of one database to others</source>
        <translation>Copier les règles de pare-feu d’une base vers d’autres</translation>
    </message>
    <message>
        <source>Offboard %1</source>
        <translation>Retirer les accès de %1</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n database(s) for “%1”…</source>
        <translation>
            <numerusform>Recherche de «&#xa0;%1&#xa0;» dans %n base…</numerusform>
            <numerusform>Recherche de «&#xa0;%1&#xa0;» dans %n bases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy rules from %1</source>
        <translation>Copier les règles de %1</translation>
    </message>
    <message>
        <source>&amp;Create rules</source>
        <translation>&amp;Créer les règles</translation>
    </message>
    <message numerus="yes">
        <source>Reading the rules of %1 and of %n other database(s)…</source>
        <translation>
            <numerusform>Lecture des règles de %1 et d’%n autre base…</numerusform>
            <numerusform>Lecture des règles de %1 et de %n autres bases…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules of %1 could not be read: %2</source>
        <translation>Les règles de %1 n’ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no firewall rules to copy.</source>
        <translation>%1 n’a aucune règle de pare-feu à copier.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches “%1” in the %n database(s) searched.</source>
        <translation>
            <numerusform>Rien ne correspond à «&#xa0;%1&#xa0;» dans la base parcourue (%n).</numerusform>
            <numerusform>Rien ne correspond à «&#xa0;%1&#xa0;» dans les %n bases parcourues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found in %n database(s). Untick what must stay, then delete the rest. A deleted rule can be added again from the History; a deleted user cannot be restored.</source>
        <translation>
            <numerusform>Trouvé dans %n base. Décochez ce qui doit rester, puis supprimez le reste. Une règle supprimée peut être rajoutée depuis l’Historique&#xa0;; un utilisateur supprimé ne peut pas être restauré.</numerusform>
            <numerusform>Trouvé dans %n bases. Décochez ce qui doit rester, puis supprimez le reste. Une règle supprimée peut être rajoutée depuis l’Historique&#xa0;; un utilisateur supprimé ne peut pas être restauré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) could not be searched: %1</source>
        <translation>
            <numerusform>%n base n’a pas pu être parcourue&#xa0;: %1</numerusform>
            <numerusform>%n bases n’ont pas pu être parcourues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What each database gets. Rules it has already are skipped; what cannot be done says why on its line.</source>
        <translation>Ce que reçoit chaque base. Les règles qu’elle a déjà sont ignorées&#xa0;; ce qui ne peut pas être fait dit pourquoi sur sa ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) selected.</source>
        <translation>
            <numerusform>%n suppression sélectionnée.</numerusform>
            <numerusform>%n suppressions sélectionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) to create.</source>
        <translation>
            <numerusform>%n règle à créer.</numerusform>
            <numerusform>%n règles à créer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (skipped).</source>
        <translation>
            <numerusform>%n déjà présente (ignorée).</numerusform>
            <numerusform>%n déjà présentes (ignorées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be done.</source>
        <translation>
            <numerusform>%n impossible.</numerusform>
            <numerusform>%n impossibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rule(s) and user(s)?</source>
        <translation>
            <numerusform>Supprimer %n règle ou utilisateur&#xa0;?</numerusform>
            <numerusform>Supprimer %n règles et utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are deleted in %n database(s). People and applications using them lose access. Deleted users cannot be restored.</source>
        <translation>
            <numerusform>Ils sont supprimés dans %n base. Les personnes et applications qui les utilisent perdent l’accès. Les utilisateurs supprimés ne peuvent pas être restaurés.</numerusform>
            <numerusform>Ils sont supprimés dans %n bases. Les personnes et applications qui les utilisent perdent l’accès. Les utilisateurs supprimés ne peuvent pas être restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting, a few databases at a time…</source>
        <translation>Suppression, quelques bases à la fois…</translation>
    </message>
    <message>
        <source>Creating the rules, a few databases at a time…</source>
        <translation>Création des règles, quelques bases à la fois…</translation>
    </message>
    <message>
        <source>Trying the failed changes again…</source>
        <translation>Nouvel essai des modifications en échec…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) applied.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n modification appliquée.</numerusform>
            <numerusform>Terminé&#xa0;: %n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed or were not sent: see each line. Retry sends only those, and never twice what reached the server.</source>
        <translation>
            <numerusform>%n modification a échoué ou n’a pas été envoyée&#xa0;: voir chaque ligne. Réessayer n’envoie qu’elle, et jamais deux fois ce qui a atteint le serveur.</numerusform>
            <numerusform>%n modifications ont échoué ou n’ont pas été envoyées&#xa0;: voir chaque ligne. Réessayer n’envoie qu’elles, et jamais deux fois ce qui a atteint le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is in the History, grouped as “%1”.</source>
        <translation>Chaque modification figure dans l’Historique, regroupée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Offboar&amp;d a person…</source>
        <translation>Retirer les accès d’une perso&amp;nne…</translation>
    </message>
    <message>
        <source>&amp;Copy rules…</source>
        <translation>&amp;Copier des règles…</translation>
    </message>
</context>
<context>
    <name>OffboardPlanner</name>
    <message>
        <source>Offboard %1</source>
        <translation>Retirer les accès de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OffboardQuery</name>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>same network</source>
        <translation>même réseau</translation>
    </message>
    <message>
        <source>admits %1</source>
        <translation>admet %1</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>contenu dans %1</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
</context>
<context>
    <name>OnboardFlow</name>
    <message>
        <source>Onboard a &amp;person…</source>
        <translation>&amp;Intégrer une personne…</translation>
    </message>
    <message>
        <source>Let one person in on several databases at once: a rule for their network and a user</source>
        <translation>Donner accès à une personne sur plusieurs bases à la fois&#xa0;: une règle pour son réseau et un utilisateur</translation>
    </message>
</context>
<context>
    <name>OnboardPlanner</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Use 6 to 32 characters: lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Utilisez 6 à 32 caractères&#xa0;: lettres minuscules, chiffres et tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>This name is reserved by PostgreSQL.</source>
        <translation>Ce nom est réservé par PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The network is not a valid IPv4 address or CIDR: %1</source>
        <translation>Le réseau n’est ni une adresse IPv4 ni un CIDR valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Onboard %1</source>
        <translation>Intégrer %1</translation>
    </message>
    <message>
        <source>classic addons have no firewall rules (Internet accessibility instead)</source>
        <translation>les addons classiques n’ont pas de règles de pare-feu (accessibilité depuis Internet à la place)</translation>
    </message>
    <message>
        <source>this network already has a rule</source>
        <translation>ce réseau a déjà une règle</translation>
    </message>
    <message>
        <source>already allowed by “%1”</source>
        <translation>déjà autorisé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>quota of %1 rules reached</source>
        <translation>quota de %1 règles atteint</translation>
    </message>
    <message>
        <source>user management is not available on this database&apos;s plan</source>
        <translation>la gestion des utilisateurs n’est pas disponible avec l’offre de cette base</translation>
    </message>
    <message>
        <source>user name “%1” is taken</source>
        <translation>le nom d’utilisateur «&#xa0;%1&#xa0;» est déjà pris</translation>
    </message>
</context>
<context>
    <name>OnboardWizard</name>
    <message>
        <source>Onboard a person</source>
        <translation>Intégrer une personne</translation>
    </message>
    <message>
        <source>Who and from where</source>
        <translation>Qui et depuis où</translation>
    </message>
    <message>
        <source>Let one person in on several databases at once: a firewall rule for their network and, if you want, a database user of their own.</source>
        <translation>Donnez accès à une personne sur plusieurs bases à la fois&#xa0;: une règle de pare-feu pour son réseau et, si vous le souhaitez, un utilisateur de base de données à elle.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation>ex.&#xa0;: Alice Martin</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <source>Used in the rules&apos; labels and as the default user name</source>
        <translation>Utilisé dans le libellé des règles et comme nom d’utilisateur par défaut</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.7 or 203.0.113.0/24</source>
        <translation>ex.&#xa0;: 203.0.113.7 ou 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>An IPv4 address or network in CIDR notation</source>
        <translation>Une adresse ou un réseau IPv4 en notation CIDR</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;Cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Also create a database &amp;user (password generated by the platform)</source>
        <translation>Créer aussi un &amp;utilisateur de base de données (mot de passe généré par la plateforme)</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>Read-&amp;write</source>
        <translation>Lecture-&amp;écriture</translation>
    </message>
    <message>
        <source>Which databases</source>
        <translation>Quelles bases</translation>
    </message>
    <message>
        <source>Tick the databases this person needs.</source>
        <translation>Cochez les bases dont cette personne a besoin.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter databases by name</source>
        <translation>Filtrer les bases par nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tick &amp;shown</source>
        <translation>Cocher les &amp;affichées</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What will be created on each database. Nothing has been sent yet.</source>
        <translation>Ce qui sera créé sur chaque base. Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications prévues</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Each database is changed on its own; a failure on one does not stop the others.</source>
        <translation>Chaque base est modifiée séparément&#xa0;; un échec sur l’une n’arrête pas les autres.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Shown once: give each password to the person now. Gatehouse keeps no copy, and a copied password is cleared from the clipboard after 30 seconds.</source>
        <translation>Affichés une seule fois&#xa0;: transmettez maintenant chaque mot de passe à la personne. Gatehouse n’en garde aucune copie, et un mot de passe copié est effacé du presse-papiers au bout de 30 secondes.</translation>
    </message>
    <message>
        <source>Generated passwords</source>
        <translation>Mots de passe générés</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation>Ressources dédiées</translation>
    </message>
    <message>
        <source>Classic addons</source>
        <translation>Addons classiques</translation>
    </message>
    <message>
        <source>Closing this window forgets the passwords. A lost password can be reset from the Users tab.</source>
        <translation>Fermer cette fenêtre oublie les mots de passe. Un mot de passe perdu peut être réinitialisé depuis l’onglet Utilisateurs.</translation>
    </message>
    <message>
        <source>Classic addon</source>
        <translation>Addon classique</translation>
    </message>
    <message>
        <source>This computer&apos;s public address is not known yet</source>
        <translation>L’adresse publique de cet ordinateur n’est pas encore connue</translation>
    </message>
    <message>
        <source>Use this computer&apos;s public address, %1</source>
        <translation>Utiliser l’adresse publique de cet ordinateur, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply</source>
        <translation>
            <numerusform>%n modification à appliquer</numerusform>
            <numerusform>%n modifications à appliquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n déjà présente (ignorée)</numerusform>
            <numerusform>%n déjà présentes (ignorées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impossible</source>
        <translation>
            <numerusform>%n impossible</numerusform>
            <numerusform>%n impossibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying… %1 of %2</source>
        <translation>Application… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed or were not sent. Retry sends only those; nothing is created twice.</source>
        <translation>
            <numerusform>%n modification a échoué ou n’a pas été envoyée. Réessayer n’envoie que celle-ci&#xa0;; rien n’est créé deux fois.</numerusform>
            <numerusform>%n modifications ont échoué ou n’ont pas été envoyées. Réessayer n’envoie que celles-ci&#xa0;; rien n’est créé deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the password of %1 on %2</source>
        <translation>Copier le mot de passe de %1 sur %2</translation>
    </message>
    <message>
        <source>No password was generated.</source>
        <translation>Aucun mot de passe n’a été généré.</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) ticked</source>
        <translation>
            <numerusform>%n base cochée</numerusform>
            <numerusform>%n bases cochées</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one database.</source>
        <translation>Cochez au moins une base.</translation>
    </message>
    <message>
        <source>Never received: reset it from the Users tab</source>
        <translation>Jamais reçu&#xa0;: réinitialisez-le depuis l’onglet Utilisateurs</translation>
    </message>
    <message>
        <source>Nothing to apply: every change is already there or impossible.</source>
        <translation>Rien à appliquer&#xa0;: chaque modification est déjà présente ou impossible.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL version:</source>
        <translation>Version de PostgreSQL&#xa0;:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Offre&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Points d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Connection string of the default user</source>
        <translation>Chaîne de connexion de l’utilisateur par défaut</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Copy the connection string</source>
        <translation>Copier la chaîne de connexion</translation>
    </message>
    <message>
        <source>Copy the connection string (cleared from the clipboard after 30 seconds)</source>
        <translation>Copier la chaîne de connexion (effacée du presse-papiers au bout de 30 secondes)</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in 30 seconds.</source>
        <translation>Copiée. Le presse-papiers sera effacé dans 30 secondes.</translation>
    </message>
    <message>
        <source>The database details could not be loaded: %1</source>
        <translation>Impossible de charger les détails de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No database selected</source>
        <translation>Aucune base de données sélectionnée</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>En cours de création</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Migration en cours</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour en cours</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>Montée de version en cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL addon of the app %1</source>
        <translation>Addon PostgreSQL de l’application %1</translation>
    </message>
    <message>
        <source>Dedicated Resources</source>
        <translation>Ressources dédiées</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Firewall rules:</source>
        <translation>Règles de pare-feu&#xa0;:</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Règles de pare-feu</translation>
    </message>
    <message>
        <source>Database users:</source>
        <translation>Utilisateurs de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Database users</source>
        <translation>Utilisateurs de la base</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Extensions&#xa0;:</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Force TLS:</source>
        <translation>Forcer TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Internet accessibility:</source>
        <translation>Accessibilité depuis Internet&#xa0;:</translation>
    </message>
    <message>
        <source>Internet accessibility</source>
        <translation>Accessibilité depuis Internet</translation>
    </message>
    <message>
        <source>Check step by step whether this computer can connect, and why not</source>
        <translation>Vérifier étape par étape si cet ordinateur peut se connecter, et pourquoi pas</translation>
    </message>
    <message>
        <source>%1 / %2 rules</source>
        <translation>%1 / %2 règles</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n with an MD5 password)</source>
        <translation>
            <numerusform>%1 (%n avec un mot de passe MD5)</numerusform>
            <numerusform>%1 (%n avec un mot de passe MD5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n activée</numerusform>
            <numerusform>%n activées</numerusform>
        </translation>
    </message>
    <message>
        <source>see the Extensions tab</source>
        <translation>voir l’onglet Extensions</translation>
    </message>
    <message>
        <source>being turned off</source>
        <translation>en cours de désactivation</translation>
    </message>
    <message>
        <source>being turned on</source>
        <translation>en cours d’activation</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Chec&amp;k access</source>
        <translation>Vé&amp;rifier l’accès</translation>
    </message>
    <message>
        <source>Co&amp;nnection string:</source>
        <translation>&amp;Chaîne de connexion&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Store it now, for example in your password manager: it is shown only once.</source>
        <translation>Enregistrez-le dès maintenant, par exemple dans votre gestionnaire de mots de passe&#xa0;: il n’est affiché qu’une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection URI for this user</source>
        <translation>URI de connexion de cet utilisateur</translation>
    </message>
    <message>
        <source>Copy U&amp;RI</source>
        <translation>Copier l’U&amp;RI</translation>
    </message>
    <message>
        <source>Copy the connection URI</source>
        <translation>Copier l’URI de connexion</translation>
    </message>
    <message>
        <source>Reset &amp;again</source>
        <translation>Réinitialiser à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s) if it still holds this secret.</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera effacé dans %n seconde s’il contient encore ce secret.</numerusform>
            <numerusform>Copié. Le presse-papiers sera effacé dans %n secondes s’il contient encore ce secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe de %1</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Reset it again to get a password you can use. Applications using the old password may already be refused.</source>
        <translation>Réinitialisez-le à nouveau pour obtenir un mot de passe utilisable. Les applications qui utilisent l’ancien mot de passe sont peut-être déjà refusées.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Password stored?</source>
        <translation>Mot de passe enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Have you stored the password of %1?</source>
        <translation>Avez-vous enregistré le mot de passe de %1&#xa0;?</translation>
    </message>
    <message>
        <source>It will not be shown again. If you lose it, you will have to reset it.</source>
        <translation>Il ne sera plus affiché. Si vous le perdez, vous devrez le réinitialiser.</translation>
    </message>
    <message>
        <source>Yes, close</source>
        <translation>Oui, fermer</translation>
    </message>
    <message>
        <source>Reset its password to get one you can use.</source>
        <translation>Réinitialisez son mot de passe pour en obtenir un utilisable.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The password of %1 is:</source>
        <translation>Le mot de passe de %1 est&#xa0;:</translation>
    </message>
    <message>
        <source>The password of %1 was probably changed, but the new one could not be shown (the answer was lost on the way).</source>
        <translation>Le mot de passe de %1 a probablement été modifié, mais le nouveau n’a pas pu être affiché (la réponse s’est perdue en route).</translation>
    </message>
    <message>
        <source>The user %1 was created, but the password Scalingo generated for it could not be shown (the answer was lost on the way).</source>
        <translation>L’utilisateur %1 a été créé, mais le mot de passe généré par Scalingo n’a pas pu être affiché (la réponse s’est perdue en chemin).</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The name must contain between %1 and %2 characters.</source>
        <translation>Le nom doit contenir entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>Only lower-case letters (a-z), digits (0-9) and _ are allowed.</source>
        <translation>Seuls les lettres minuscules (a-z), les chiffres (0-9) et _ sont autorisés.</translation>
    </message>
    <message>
        <source>The name must start with a lower-case letter.</source>
        <translation>Le nom doit commencer par une lettre minuscule.</translation>
    </message>
    <message>
        <source>The password must contain between %1 and %2 characters.</source>
        <translation>Le mot de passe doit contenir entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>The password must not contain quotes (&quot; or &apos;).</source>
        <translation>Le mot de passe ne doit contenir ni guillemets ni apostrophes (&quot; ou &apos;).</translation>
    </message>
    <message>
        <source>The confirmation does not match the password.</source>
        <translation>La confirmation ne correspond pas au mot de passe.</translation>
    </message>
    <message>
        <source>The password must not contain control characters (such as a line break, a tab or NUL).</source>
        <translation>Le mot de passe ne doit pas contenir de caractères de contrôle (comme un saut de ligne, une tabulation ou NUL).</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>the address must start with postgresql://</source>
        <translation>l’adresse doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>the address is not valid</source>
        <translation>l’adresse n’est pas valide</translation>
    </message>
    <message>
        <source>the address names no database host</source>
        <translation>l’adresse ne désigne aucun hôte de base de données</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the database stopped answering</source>
        <translation>la base de données a cessé de répondre</translation>
    </message>
    <message>
        <source>the connection address is not known yet</source>
        <translation>l’adresse de connexion n’est pas encore connue</translation>
    </message>
    <message>
        <source>could not translate host name &quot;%1&quot; to address: %2</source>
        <translation>impossible de résoudre le nom d’hôte «&#xa0;%1&#xa0;» en adresse&#xa0;: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant d’avoir commencé</translation>
    </message>
</context>
<context>
    <name>PgError</name>
    <message>
        <source>This computer is not allowed to reach the database: its firewall has no rule for this computer&apos;s IP address.</source>
        <translation>Cet ordinateur n’est pas autorisé à joindre la base de données&#xa0;: son pare-feu n’a aucune règle pour l’adresse IP de cet ordinateur.</translation>
    </message>
    <message>
        <source>The database did not answer in time. This computer is probably not allowed to reach the database (its firewall silently drops connections from addresses without a rule).</source>
        <translation>La base de données n’a pas répondu à temps. Cet ordinateur n’est probablement pas autorisé à la joindre (son pare-feu ignore silencieusement les connexions provenant d’adresses sans règle).</translation>
    </message>
    <message>
        <source>The database refused the user name or password. The password of the default user may have been reset; reload the database to get the current one.</source>
        <translation>La base de données a refusé le nom d’utilisateur ou le mot de passe. Le mot de passe de l’utilisateur par défaut a peut-être été réinitialisé&#xa0;; rechargez la base de données pour obtenir le mot de passe actuel.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database could not be established: %1</source>
        <translation>Impossible d’établir une connexion sécurisée (TLS) avec la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database server could not be reached: %1</source>
        <translation>Le serveur de base de données est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection address of the database is not usable: %1</source>
        <translation>L’adresse de connexion de la base de données est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your database user is not allowed to do this. %1</source>
        <translation>Votre utilisateur de base de données n’est pas autorisé à faire cela. %1</translation>
    </message>
    <message>
        <source>Other objects in the database depend on it.</source>
        <translation>D’autres objets de la base de données en dépendent.</translation>
    </message>
    <message>
        <source>This extension is not installed on the database server, so it cannot be enabled.</source>
        <translation>Cette extension n’est pas installée sur le serveur de base de données&#xa0;: elle ne peut donc pas être activée.</translation>
    </message>
    <message>
        <source>The database server does not support this: %1</source>
        <translation>Le serveur de base de données ne prend pas cela en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something it needs does not exist: %1</source>
        <translation>Un élément nécessaire n’existe pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is already enabled.</source>
        <translation>Elle est déjà activée.</translation>
    </message>
    <message>
        <source>Scalingo does not allow this extension on this database.</source>
        <translation>Scalingo n’autorise pas cette extension sur cette base de données.</translation>
    </message>
    <message>
        <source>The database took too long to answer and the statement was stopped.</source>
        <translation>La base de données a mis trop de temps à répondre et l’instruction a été interrompue.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PropagationWatcher</name>
    <message>
        <source>%1: applying… Scalingo sometimes needs a few more minutes; still checking.</source>
        <translation>%1&#xa0;: application en cours… Scalingo a parfois besoin de quelques minutes de plus&#xa0;; vérification en cours.</translation>
    </message>
    <message>
        <source>%1: applying… (about %2 left)</source>
        <translation>%1&#xa0;: application en cours… (environ %2 restantes)</translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is active: this computer reaches the database over TLS.</source>
        <translation>%1 est active&#xa0;: cet ordinateur joint la base en TLS.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 est active.</translation>
    </message>
    <message>
        <source>%1 is applied.</source>
        <translation>%1 est appliquée.</translation>
    </message>
    <message>
        <source>%1 should now be applied.</source>
        <translation>%1 devrait maintenant être appliquée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was added, but after %n minute(s) the database still refuses this computer. Likely causes: this computer&apos;s public address changed (mobile network, VPN), the rule does not contain it, or Scalingo is slower than usual. Run Check access to see which step fails.</source>
        <translation>
            <numerusform>%1 a été ajoutée, mais après %n minute la base refuse toujours cet ordinateur. Causes probables&#xa0;: l’adresse publique de cet ordinateur a changé (réseau mobile, VPN), la règle ne la contient pas, ou Scalingo est plus lent que d’habitude. Lancez Vérifier l’accès pour voir quelle étape échoue.</numerusform>
            <numerusform>%1 a été ajoutée, mais après %n minutes la base refuse toujours cet ordinateur. Causes probables&#xa0;: l’adresse publique de cet ordinateur a changé (réseau mobile, VPN), la règle ne la contient pas, ou Scalingo est plus lent que d’habitude. Lancez Vérifier l’accès pour voir quelle étape échoue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is applied, but the test connection failed: %2</source>
        <translation>%1 est appliquée, mais la connexion de test a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RuleCopy</name>
    <message>
        <source>Already allowed in this database.</source>
        <translation>Déjà autorisé dans cette base.</translation>
    </message>
    <message>
        <source>This temporary rule has expired.</source>
        <translation>Cette règle temporaire a expiré.</translation>
    </message>
    <message>
        <source>This managed range is not offered in this database&apos;s region.</source>
        <translation>Cette plage gérée n’est pas proposée dans la région de cette base.</translation>
    </message>
    <message numerus="yes">
        <source>This database would have more than %n rule(s).</source>
        <translation>
            <numerusform>Cette base aurait plus de %n règle.</numerusform>
            <numerusform>Cette base aurait plus de %n règles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleExpiryActions</name>
    <message>
        <source>Extend by 1 hour</source>
        <translation>Prolonger de 1 heure</translation>
    </message>
    <message>
        <source>Extend by 8 hours</source>
        <translation>Prolonger de 8 heures</translation>
    </message>
    <message>
        <source>Until the end of today</source>
        <translation>Jusqu’à la fin de la journée</translation>
    </message>
    <message>
        <source>Extend by 7 days</source>
        <translation>Prolonger de 7 jours</translation>
    </message>
    <message>
        <source>Make permanent</source>
        <translation>Rendre permanente</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired temporary rule(s).</source>
        <translation>
            <numerusform>%n règle temporaire expirée supprimée.</numerusform>
            <numerusform>%n règles temporaires expirées supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expired temporary rule for %1 could not be removed: %2 Gatehouse tries again in %n second(s).</source>
        <translation>
            <numerusform>Impossible de supprimer la règle temporaire expirée pour %1&#xa0;: %2 Gatehouse réessaie dans %n seconde.</numerusform>
            <numerusform>Impossible de supprimer la règle temporaire expirée pour %1&#xa0;: %2 Gatehouse réessaie dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Extend the selected rule, or make it permanent</source>
        <translation>Prolonger la règle sélectionnée, ou la rendre permanente</translation>
    </message>
    <message>
        <source>A Scalingo region&apos;s rule has no label, so no expiry.</source>
        <translation>La règle d’une région Scalingo n’a pas de libellé, donc pas d’expiration.</translation>
    </message>
    <message>
        <source>Changing the expiry of the rule for %1…</source>
        <translation>Modification de l’expiration de la règle pour %1…</translation>
    </message>
    <message>
        <source>The expiry of the rule for %1 was not changed: %2</source>
        <translation>L’expiration de la règle pour %1 n’a pas été modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule for %1 is now permanent.</source>
        <translation>La règle pour %1 est désormais permanente.</translation>
    </message>
    <message>
        <source>The rule for %1 now expires at %2. Gatehouse removes it then if it is running, otherwise the next time someone opens this database in Gatehouse.</source>
        <translation>La règle pour %1 expire désormais le %2. Gatehouse la supprime à ce moment-là s’il est ouvert, sinon la prochaine fois que quelqu’un ouvre cette base de données dans Gatehouse.</translation>
    </message>
</context>
<context>
    <name>RulesProxyModel</name>
    <message>
        <source>Added by someone else since you last looked.</source>
        <translation>Ajoutée par quelqu’un d’autre depuis votre dernière visite.</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Impossible de démarrer le bac à sable local&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1). %2</source>
        <translation>Le bac à sable local s’est arrêté avant d’être prêt (code de sortie %1). %2</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Scalingo</source>
        <translation>Connexion à Scalingo</translation>
    </message>
    <message>
        <source>Gatehouse manages who can reach your Scalingo for PostgreSQL® databases. Paste an API token to start.</source>
        <translation>Gatehouse gère qui peut joindre vos bases de données Scalingo for PostgreSQL®. Collez un jeton d’API pour commencer.</translation>
    </message>
    <message>
        <source>&amp;API token</source>
        <translation>&amp;Jeton d’API</translation>
    </message>
    <message>
        <source>tk-us-…</source>
        <translation>tk-us-…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>Your Scalingo API token, starting with tk-us-</source>
        <translation>Votre jeton d’API Scalingo, qui commence par tk-us-</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Stores the token in the system keychain</source>
        <translation>Enregistre le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>No Scalingo account at hand? The local sandbox runs a real PostgreSQL database on this computer, with the same API.</source>
        <translation>Pas de compte Scalingo sous la main&#xa0;? Le bac à sable local exécute une vraie base de données PostgreSQL sur cet ordinateur, avec la même API.</translation>
    </message>
    <message>
        <source>Try the &amp;local sandbox</source>
        <translation>Essayer le &amp;bac à sable local</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Essayer le bac à sable local</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the token will be kept in memory until you quit.</source>
        <translation>Aucun trousseau système n’est disponible (%1)&#xa0;: le jeton sera conservé en mémoire jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>Create one in the Scalingo dashboard under &lt;a href=&quot;https://dashboard.scalingo.com/account/tokens&quot;&gt;Account → API tokens&lt;/a&gt;.</source>
        <translation>Créez-en un dans le tableau de bord Scalingo, rubrique &lt;a href=&quot;https://dashboard.scalingo.com/account/tokens&quot;&gt;Compte → Jetons d’API&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Open this database to undo this change.</source>
        <translation>Ouvrez cette base de données pour annuler cette modification.</translation>
    </message>
    <message>
        <source>This rule exists again already.</source>
        <translation>Cette règle existe déjà de nouveau.</translation>
    </message>
    <message>
        <source>This database already has the maximum number of rules.</source>
        <translation>Cette base de données a déjà le nombre maximal de règles.</translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation>Cette règle n’existe plus.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>Gatehouse must be connected to the database to change its extensions: open the Extensions tab.</source>
        <translation>Gatehouse doit être connecté à la base de données pour modifier ses extensions&#xa0;: ouvrez l’onglet Extensions.</translation>
    </message>
    <message>
        <source>This extension is enabled already.</source>
        <translation>Cette extension est déjà activée.</translation>
    </message>
    <message>
        <source>This extension is disabled already.</source>
        <translation>Cette extension est déjà désactivée.</translation>
    </message>
    <message>
        <source>Enabled extensions depend on it (%1): disable them first.</source>
        <translation>Des extensions activées en dépendent (%1)&#xa0;: désactivez-les d’abord.</translation>
    </message>
    <message>
        <source>Gatehouse does not undo this kind of change.</source>
        <translation>Gatehouse n’annule pas ce type de modification.</translation>
    </message>
    <message>
        <source>This change cannot be undone: %1</source>
        <translation>Cette modification ne peut pas être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adding the rule for %1 again…</source>
        <translation>Nouvel ajout de la règle pour %1…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Supprimer l’utilisateur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Applications and people using this user will lose access to the database. Objects it owns are handed over to the database owner. This cannot be undone.</source>
        <translation>Les applications et les personnes qui utilisent cet utilisateur perdront l’accès à la base de données. Les objets dont il est propriétaire sont transférés au propriétaire de la base de données. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting the user %1…</source>
        <translation>Suppression de l’utilisateur %1…</translation>
    </message>
    <message>
        <source>Deleting the rule for %1…</source>
        <translation>Suppression de la règle pour %1…</translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation>Activation de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undone (%1).</source>
        <translation>Annulée (%1).</translation>
    </message>
    <message>
        <source>Could not undo (%1): %2</source>
        <translation>Impossible d’annuler (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage firewall rules, users and extensions of Scalingo for PostgreSQL databases.</source>
        <translation>Gérez les règles de pare-feu, les utilisateurs et les extensions des bases de données Scalingo for PostgreSQL.</translation>
    </message>
    <message>
        <source>Start the local sandbox and sign in to it.</source>
        <translation>Démarrer le bac à sable local et s’y connecter.</translation>
    </message>
    <message>
        <source>Path of the gatehouse-sandbox program.</source>
        <translation>Chemin du programme gatehouse-sandbox.</translation>
    </message>
    <message>
        <source>Auth API base URL (default: $SCALINGO_AUTH_URL or Scalingo&apos;s).</source>
        <translation>URL de base de l’API d’authentification (par défaut&#xa0;: $SCALINGO_AUTH_URL ou celle de Scalingo).</translation>
    </message>
    <message>
        <source>Regional API base URL (default: $SCALINGO_API_URL or discovered).</source>
        <translation>URL de base de l’API régionale (par défaut&#xa0;: $SCALINGO_API_URL ou découverte automatiquement).</translation>
    </message>
    <message>
        <source>Database API base URL (default: $SCALINGO_DB_URL or discovered).</source>
        <translation>URL de base de l’API de base de données (par défaut&#xa0;: $SCALINGO_DB_URL ou découverte automatiquement).</translation>
    </message>
</context>
</TS>
