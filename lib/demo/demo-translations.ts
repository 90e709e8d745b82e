/**
 * The demo organisation's texts in German and French, beside the English
 * records (lib/demo/demo-organisation.ts), as Open-Xchange AG would publish
 * them for German and French readers. Each entry names the English text it
 * translates, so the seed finds the translation of every text of the records
 * by its source; demo-translations.int.test.ts checks against the field
 * registry that none is forgotten. Company and product names are not
 * translated: they are marked as kept as written (VerbatimText).
 */
import type { Texts } from "../catalogues/defaults";

/** Proper names among the demo's texts: shown as written in every language. */
export const DEMO_VERBATIM: readonly string[] = [
  "Open-Xchange AG",
  "Dr. Jana Jentzsch",
  "Jentzsch-IT Rechtsanwaltsgesellschaft mbH",
  "Piwik PRO",
  "Google Firebase Cloud Messaging",
  "Apple Push Notification Service",
];

const demoTexts: Texts[] = [
  // The organisation.
  {
    en: "Hohenzollernring 72, 50672 Köln, Germany",
    de: "Hohenzollernring 72, 50672 Köln, Deutschland",
    fr: "Hohenzollernring 72, 50672 Cologne, Allemagne",
  },
  { en: "Open-Xchange AG Datenschutz / Data Protection", de: "Open-Xchange AG Datenschutz", fr: "Open-Xchange AG – Protection des données" },
  { en: "Alsterarkaden 13, 20354 Hamburg, Germany", de: "Alsterarkaden 13, 20354 Hamburg, Deutschland", fr: "Alsterarkaden 13, 20354 Hambourg, Allemagne" },

  // Recipients.
  { en: "User's e-mail Service Provider", de: "E-Mail-Diensteanbieter des Nutzers", fr: "Fournisseur de messagerie de l’utilisateur" },
  {
    en: "The third-party e-mail service with which the App user holds a mailbox.",
    de: "Der E-Mail-Dienst eines Dritten, bei dem der Nutzer der App ein Postfach hat.",
    fr: "Le service de messagerie tiers auprès duquel l’utilisateur de l’application dispose d’une boîte aux lettres.",
  },
  { en: "Web analytics software used on the coi.me website.", de: "Webanalyse-Software, die auf der Website coi.me eingesetzt wird.", fr: "Logiciel de mesure d’audience utilisé sur le site web coi.me." },
  { en: "Law enforcement authorities", de: "Strafverfolgungsbehörden", fr: "Autorités répressives" },
  { en: "Criminal investigation and prosecution.", de: "Ermittlung und Verfolgung von Straftaten.", fr: "Recherche et poursuite des infractions pénales." },
  {
    en: "Delivers push notifications to the App (operated by Google, Inc.).",
    de: "Stellt Push-Benachrichtigungen an die App zu (betrieben von Google, Inc.).",
    fr: "Achemine les notifications push vers l’application (exploité par Google, Inc.).",
  },
  {
    en: "Delivers push notifications to the App on Apple devices (operated by Apple, Inc.).",
    de: "Stellt Push-Benachrichtigungen an die App auf Apple-Geräten zu (betrieben von Apple, Inc.).",
    fr: "Achemine les notifications push vers l’application sur les appareils Apple (exploité par Apple, Inc.).",
  },

  // WEB-01: log files.
  { en: "Web server log files", de: "Logdateien des Webservers", fr: "Fichiers journaux du serveur web" },
  {
    en: "The web server of the coi.me website writes an entry to a log file for every visit and every file requested. The data is generally not passed on, except where the law requires it, e.g. to law enforcement authorities when a crime is suspected.",
    de: "Der Webserver der Website coi.me schreibt bei jedem Besuch und jeder abgerufenen Datei einen Eintrag in eine Logdatei. Die Daten werden grundsätzlich nicht weitergegeben, außer wenn das Gesetz es verlangt, etwa an Strafverfolgungsbehörden bei Verdacht auf eine Straftat.",
    fr: "Le serveur web du site coi.me inscrit une entrée dans un fichier journal à chaque visite et pour chaque fichier demandé. Les données ne sont en principe pas communiquées, sauf lorsque la loi l’exige, par exemple aux autorités répressives en cas de soupçon d’infraction.",
  },
  { en: "Log files", de: "Logdateien", fr: "Fichiers journaux" },
  {
    en: "Each time you visit our website and request a file, our web server stores information about the access in a log file. We use it to provide the website and for system security, troubleshooting and improving the website. We pass it on only where the law requires it, for example to law enforcement authorities when a crime is suspected.",
    de: "Bei jedem Besuch unserer Website und jedem Abruf einer Datei speichert unser Webserver Informationen über den Zugriff in einer Logdatei. Wir nutzen sie, um die Website bereitzustellen, sowie für die Systemsicherheit, die Fehlerbehebung und die Verbesserung der Website. Wir geben sie nur weiter, wenn das Gesetz es verlangt, etwa an Strafverfolgungsbehörden bei Verdacht auf eine Straftat.",
    fr: "Chaque fois que vous consultez notre site web et demandez un fichier, notre serveur web enregistre des informations sur cet accès dans un fichier journal. Nous les utilisons pour fournir le site web ainsi que pour la sécurité des systèmes, la résolution des incidents et l’amélioration du site. Nous ne les communiquons que lorsque la loi l’exige, par exemple aux autorités répressives en cas de soupçon d’infraction.",
  },
  { en: "Open-Xchange's web server", de: "Webserver von Open-Xchange", fr: "Serveur web d’Open-Xchange" },
  {
    en: "Providing the website and its functions, e.g. keeping the visitor's session",
    de: "Bereitstellung der Website und ihrer Funktionen, z. B. Aufrechterhaltung der Sitzung des Besuchers",
    fr: "Fourniture du site web et de ses fonctionnalités, par exemple le maintien de la session du visiteur",
  },
  {
    en: "Delivering the website and its functions to its visitors.",
    de: "Die Auslieferung der Website und ihrer Funktionen an ihre Besucher.",
    fr: "La mise à disposition du site web et de ses fonctionnalités pour ses visiteurs.",
  },
  {
    en: "System security, troubleshooting and optimising the website",
    de: "Systemsicherheit, Fehlerbehebung und Optimierung der Website",
    fr: "Sécurité des systèmes, résolution des incidents et optimisation du site web",
  },
  {
    en: "Keeping the systems secure, finding and fixing faults, and improving the website, e.g. its user friendliness.",
    de: "Die Sicherheit der Systeme, das Finden und Beheben von Fehlern und die Verbesserung der Website, z. B. ihrer Benutzerfreundlichkeit.",
    fr: "La sécurité des systèmes, la détection et la correction des erreurs et l’amélioration du site web, par exemple de sa facilité d’utilisation.",
  },
  {
    en: "Disclosure to law enforcement authorities where required, e.g. when a crime is suspected",
    de: "Weitergabe an Strafverfolgungsbehörden, soweit erforderlich, z. B. bei Verdacht auf eine Straftat",
    fr: "Communication aux autorités répressives lorsque cela est requis, par exemple en cas de soupçon d’infraction",
  },
  {
    en: "Domain name or IP address of the remote host; IP address; cookies saved for the accessed domain; name of the internet service provider",
    de: "Domainname oder IP-Adresse des anfragenden Rechners; IP-Adresse; für die aufgerufene Domain gespeicherte Cookies; Name des Internetzugangsanbieters",
    fr: "Nom de domaine ou adresse IP de l’hôte distant\u00a0; adresse IP\u00a0; cookies enregistrés pour le domaine consulté\u00a0; nom du fournisseur d’accès à internet",
  },
  {
    en: "Browser type and version; operating system; language used; device identifier",
    de: "Browsertyp und -version; Betriebssystem; verwendete Sprache; Gerätekennung",
    fr: "Type et version du navigateur\u00a0; système d’exploitation\u00a0; langue utilisée\u00a0; identifiant de l’appareil",
  },
  {
    en: "Result of the access (file transferred, file not found etc.); date and time of the access; amount of data transferred; website from which the file was accessed",
    de: "Ergebnis des Zugriffs (Datei übertragen, Datei nicht gefunden usw.); Datum und Uhrzeit des Zugriffs; übertragene Datenmenge; Website, von der aus die Datei abgerufen wurde",
    fr: "Résultat de l’accès (fichier transféré, fichier introuvable, etc.)\u00a0; date et heure de l’accès\u00a0; volume de données transféré\u00a0; site web depuis lequel le fichier a été demandé",
  },
  {
    en: "Only where the law requires it, e.g. when a crime is suspected.",
    de: "Nur wenn das Gesetz es verlangt, z. B. bei Verdacht auf eine Straftat.",
    fr: "Uniquement lorsque la loi l’exige, par exemple en cas de soupçon d’infraction.",
  },

  // WEB-02: technically required cookies.
  { en: "Technically required cookies", de: "Technisch notwendige Cookies", fr: "Cookies strictement nécessaires" },
  {
    en: "The website sets technically required cookies to enable certain functions; most are session cookies. On the first visit a banner asks for consent to cookies that are not technically required and leads to a cookie management tool. The cookie data is stored in pseudonymised form at most.",
    de: "Die Website setzt technisch notwendige Cookies, um bestimmte Funktionen zu ermöglichen; die meisten sind Sitzungscookies. Beim ersten Besuch bittet ein Banner um die Einwilligung in nicht technisch notwendige Cookies und führt zu einem Werkzeug zur Verwaltung der Cookies. Die Cookie-Daten werden höchstens pseudonymisiert gespeichert.",
    fr: "Le site web dépose des cookies strictement nécessaires pour permettre certaines fonctionnalités\u00a0; la plupart sont des cookies de session. Lors de la première visite, un bandeau demande le consentement aux cookies qui ne sont pas strictement nécessaires et mène à un outil de gestion des cookies. Les données des cookies sont au plus conservées sous forme pseudonymisée.",
  },
  { en: "Cookies", de: "Cookies", fr: "Cookies" },
  {
    en: "Our website uses technically required cookies, small text files stored on your device, to enable certain functions. Most of them are session cookies, deleted when you close your browser. You can block cookies in your browser settings, but some functions of the website may then not work. A banner on your first visit asks for your consent to any other cookies, and lets you change your cookie settings.",
    de: "Unsere Website verwendet technisch notwendige Cookies, kleine Textdateien, die auf Ihrem Gerät gespeichert werden, um bestimmte Funktionen zu ermöglichen. Die meisten davon sind Sitzungscookies, die gelöscht werden, wenn Sie Ihren Browser schließen. Sie können Cookies in den Einstellungen Ihres Browsers blockieren; einige Funktionen der Website funktionieren dann jedoch möglicherweise nicht. Ein Banner bei Ihrem ersten Besuch bittet um Ihre Einwilligung in alle weiteren Cookies und lässt Sie Ihre Cookie-Einstellungen ändern.",
    fr: "Notre site web utilise des cookies strictement nécessaires, de petits fichiers texte enregistrés sur votre appareil, pour permettre certaines fonctionnalités. La plupart sont des cookies de session, supprimés à la fermeture de votre navigateur. Vous pouvez bloquer les cookies dans les paramètres de votre navigateur, mais certaines fonctionnalités du site risquent alors de ne pas fonctionner. Lors de votre première visite, un bandeau vous demande votre consentement pour tout autre cookie et vous permet de modifier vos paramètres de cookies.",
  },
  { en: "The visitor's browser", de: "Browser des Besuchers", fr: "Navigateur du visiteur" },
  {
    en: "Enabling functions of the website that require cookies, including the visitor's cookie settings",
    de: "Ermöglichung von Funktionen der Website, die Cookies erfordern, einschließlich der Cookie-Einstellungen des Besuchers",
    fr: "Permettre les fonctionnalités du site web qui nécessitent des cookies, y compris les paramètres de cookies du visiteur",
  },
  {
    en: "Cookie identifiers of technically required cookies, stored in pseudonymised form at most",
    de: "Kennungen technisch notwendiger Cookies, höchstens pseudonymisiert gespeichert",
    fr: "Identifiants des cookies strictement nécessaires, conservés au plus sous forme pseudonymisée",
  },
  {
    en: "Session cookies are deleted at the end of the browser session.",
    de: "Sitzungscookies werden am Ende der Browsersitzung gelöscht.",
    fr: "Les cookies de session sont supprimés à la fin de la session de navigation.",
  },

  // WEB-03: web analytics.
  { en: "Web analytics with Piwik PRO", de: "Webanalyse mit Piwik PRO", fr: "Mesure d’audience avec Piwik PRO" },
  {
    en: "Piwik PRO cookies record how visitors use the website; the information, including the IP address anonymised immediately, is transmitted to and stored on Open-Xchange's own server and not disclosed to third parties. Visitors who consented can opt out at any time through a link that sets an opt-out cookie; deleting cookies deletes the opt-out cookie too.",
    de: "Cookies von Piwik PRO erfassen, wie Besucher die Website nutzen; die Informationen einschließlich der sofort anonymisierten IP-Adresse werden an den eigenen Server von Open-Xchange übertragen, dort gespeichert und nicht an Dritte weitergegeben. Besucher, die eingewilligt haben, können jederzeit über einen Link widersprechen, der ein Opt-out-Cookie setzt; werden die Cookies gelöscht, wird auch das Opt-out-Cookie gelöscht.",
    fr: "Les cookies de Piwik PRO enregistrent la manière dont les visiteurs utilisent le site web\u00a0; ces informations, y compris l’adresse IP immédiatement anonymisée, sont transmises au serveur propre d’Open-Xchange, y sont conservées et ne sont pas communiquées à des tiers. Les visiteurs qui ont consenti peuvent s’y opposer à tout moment au moyen d’un lien qui dépose un cookie de refus\u00a0; la suppression des cookies supprime aussi ce cookie de refus.",
  },
  {
    en: "With your consent, we use the web analytics tool Piwik PRO, which places cookies on your device, to analyse how our website is used and to improve it. The information, including your IP address, which is anonymised immediately, is stored on our server and not disclosed to third parties. You can withdraw your consent at any time with the opt-out link, which sets an opt-out cookie; if you delete your cookies, you may need to opt out again.",
    de: "Mit Ihrer Einwilligung verwenden wir das Webanalyse-Werkzeug Piwik PRO, das Cookies auf Ihrem Gerät ablegt, um die Nutzung unserer Website zu analysieren und sie zu verbessern. Die Informationen einschließlich Ihrer IP-Adresse, die sofort anonymisiert wird, werden auf unserem Server gespeichert und nicht an Dritte weitergegeben. Sie können Ihre Einwilligung jederzeit über den Opt-out-Link widerrufen, der ein Opt-out-Cookie setzt; wenn Sie Ihre Cookies löschen, müssen Sie den Widerruf gegebenenfalls wiederholen.",
    fr: "Avec votre consentement, nous utilisons l’outil de mesure d’audience Piwik PRO, qui dépose des cookies sur votre appareil, pour analyser l’utilisation de notre site web et l’améliorer. Ces informations, y compris votre adresse IP, immédiatement anonymisée, sont conservées sur notre serveur et ne sont pas communiquées à des tiers. Vous pouvez retirer votre consentement à tout moment au moyen du lien de refus, qui dépose un cookie de refus\u00a0; si vous supprimez vos cookies, vous devrez peut-être renouveler ce refus.",
  },
  { en: "Open-Xchange's own server", de: "Eigener Server von Open-Xchange", fr: "Serveur propre d’Open-Xchange" },
  {
    en: "Use the “Opt-out from PIWIK PRO analytics” link on the website at any time: it places an opt-out cookie so that Piwik PRO collects no further session data. Deleting your cookies deletes the opt-out cookie too; you may then have to opt out again.",
    de: "Nutzen Sie jederzeit den Link „Opt-out from PIWIK PRO analytics“ auf der Website: Er setzt ein Opt-out-Cookie, sodass Piwik PRO keine weiteren Sitzungsdaten erfasst. Wenn Sie Ihre Cookies löschen, wird auch das Opt-out-Cookie gelöscht; Sie müssen den Widerruf dann gegebenenfalls wiederholen.",
    fr: "Utilisez à tout moment le lien «\u00a0Opt-out from PIWIK PRO analytics\u00a0» du site web\u00a0: il dépose un cookie de refus afin que Piwik PRO ne collecte plus de données de session. La suppression de vos cookies supprime aussi ce cookie de refus\u00a0; vous devrez alors peut-être renouveler votre refus.",
  },
  {
    en: "Analysing how visitors use the website in order to optimise it",
    de: "Analyse der Nutzung der Website durch Besucher, um sie zu optimieren",
    fr: "Analyse de l’utilisation du site web par les visiteurs afin de l’optimiser",
  },
  {
    en: "Information about the use of the website generated by the Piwik PRO cookies",
    de: "Von den Piwik-PRO-Cookies erzeugte Informationen über die Nutzung der Website",
    fr: "Informations sur l’utilisation du site web générées par les cookies de Piwik PRO",
  },
  {
    en: "Piwik PRO cookie identifiers; IP address, anonymised immediately",
    de: "Kennungen der Piwik-PRO-Cookies; IP-Adresse, sofort anonymisiert",
    fr: "Identifiants des cookies de Piwik PRO\u00a0; adresse IP, immédiatement anonymisée",
  },
  {
    en: "Provider of the analytics tool; the data is stored on Open-Xchange's server.",
    de: "Anbieter des Analysewerkzeugs; die Daten werden auf dem Server von Open-Xchange gespeichert.",
    fr: "Éditeur de l’outil de mesure d’audience\u00a0; les données sont conservées sur le serveur d’Open-Xchange.",
  },

  // APP-01: log-in data.
  { en: "Log-in data", de: "Anmeldedaten", fr: "Données de connexion" },
  {
    en: "The App asks for the user's e-mail address and password and sends them to the server of the user's e-mail Service Provider to open a session; the Service Provider returns a session identifier. After a successful log-in the App stores the log-in data with the server information in an access-protected area of the device.",
    de: "Die App fragt die E-Mail-Adresse und das Passwort des Nutzers ab und sendet sie an den Server seines E-Mail-Diensteanbieters, um eine Sitzung zu eröffnen; der Diensteanbieter gibt eine Sitzungskennung zurück. Nach erfolgreicher Anmeldung speichert die App die Anmeldedaten mit den Serverinformationen in einem zugriffsgeschützten Bereich des Geräts.",
    fr: "L’application demande l’adresse électronique et le mot de passe de l’utilisateur et les envoie au serveur de son fournisseur de messagerie pour ouvrir une session\u00a0; le fournisseur renvoie un identifiant de session. Après une connexion réussie, l’application enregistre les données de connexion avec les informations du serveur dans une zone protégée de l’appareil.",
  },
  {
    en: "To connect to your mailbox, the App asks for your e-mail address and password and transmits them to your e-mail Service Provider, which opens a session and sends your device an identifier for it. After a successful log-in, the App stores your log-in data and the server information in an access-protected area of your device; you consent to this by pressing the log-in button. The data is deleted when you uninstall the App, log out, or your Service Provider rejects the first log-in.",
    de: "Um sich mit Ihrem Postfach zu verbinden, fragt die App Ihre E-Mail-Adresse und Ihr Passwort ab und übermittelt sie an Ihren E-Mail-Diensteanbieter, der eine Sitzung eröffnet und Ihrem Gerät eine Kennung dafür sendet. Nach erfolgreicher Anmeldung speichert die App Ihre Anmeldedaten und die Serverinformationen in einem zugriffsgeschützten Bereich Ihres Geräts; darin willigen Sie ein, indem Sie die Anmelde-Schaltfläche betätigen. Die Daten werden gelöscht, wenn Sie die App deinstallieren, sich abmelden oder Ihr Diensteanbieter die erste Anmeldung ablehnt.",
    fr: "Pour se connecter à votre boîte aux lettres, l’application vous demande votre adresse électronique et votre mot de passe et les transmet à votre fournisseur de messagerie, qui ouvre une session et envoie à votre appareil un identifiant pour celle-ci. Après une connexion réussie, l’application enregistre vos données de connexion et les informations du serveur dans une zone protégée de votre appareil\u00a0; vous y consentez en appuyant sur le bouton de connexion. Les données sont supprimées lorsque vous désinstallez l’application, vous déconnectez ou lorsque votre fournisseur refuse la première connexion.",
  },
  { en: "Access-protected area of the user's device", de: "Zugriffsgeschützter Bereich des Geräts des Nutzers", fr: "Zone protégée de l’appareil de l’utilisateur" },
  {
    en: "Transmitting the e-mail address and password to the user's Service Provider to open a session and give access to the mailbox",
    de: "Übermittlung der E-Mail-Adresse und des Passworts an den Diensteanbieter des Nutzers, um eine Sitzung zu eröffnen und Zugang zum Postfach zu geben",
    fr: "Transmission de l’adresse électronique et du mot de passe au fournisseur de l’utilisateur pour ouvrir une session et donner accès à la boîte aux lettres",
  },
  {
    en: "Storing the log-in data with the server information on the device",
    de: "Speicherung der Anmeldedaten mit den Serverinformationen auf dem Gerät",
    fr: "Enregistrement des données de connexion avec les informations du serveur sur l’appareil",
  },
  {
    en: "E-mail address and password; server information of the Service Provider; session identifier sent by the Service Provider",
    de: "E-Mail-Adresse und Passwort; Serverinformationen des Diensteanbieters; vom Diensteanbieter gesendete Sitzungskennung",
    fr: "Adresse électronique et mot de passe\u00a0; informations du serveur du fournisseur\u00a0; identifiant de session envoyé par le fournisseur",
  },
  {
    en: "Deleted when the App is uninstalled, when the Service Provider rejects the initial log-in, or when the user logs out of the App; the user can also delete it in the device settings.",
    de: "Gelöscht, wenn die App deinstalliert wird, wenn der Diensteanbieter die erste Anmeldung ablehnt oder wenn sich der Nutzer von der App abmeldet; der Nutzer kann die Daten auch in den Geräteeinstellungen löschen.",
    fr: "Supprimées lorsque l’application est désinstallée, lorsque le fournisseur refuse la première connexion ou lorsque l’utilisateur se déconnecte de l’application\u00a0; l’utilisateur peut aussi les supprimer dans les réglages de l’appareil.",
  },
  {
    en: "Receives the e-mail address and password to open the session.",
    de: "Erhält die E-Mail-Adresse und das Passwort, um die Sitzung zu eröffnen.",
    fr: "Reçoit l’adresse électronique et le mot de passe pour ouvrir la session.",
  },

  // APP-02: contacts from the address book.
  { en: "Contacts imported from the address book", de: "Aus dem Adressbuch übernommene Kontakte", fr: "Contacts importés du carnet d’adresses" },
  {
    en: "With the user's permission, given in the operating system's prompt, the App reads the device's address book so that the e-mail addresses stored there can be used in the App. The App works without it, and access can be revoked later in the operating system's settings.",
    de: "Mit der Erlaubnis des Nutzers, die er in der Abfrage des Betriebssystems erteilt, liest die App das Adressbuch des Geräts, damit die dort gespeicherten E-Mail-Adressen in der App verwendet werden können. Die App funktioniert auch ohne diesen Zugriff, und er kann später in den Einstellungen des Betriebssystems widerrufen werden.",
    fr: "Avec l’autorisation de l’utilisateur, donnée dans la demande du système d’exploitation, l’application lit le carnet d’adresses de l’appareil afin que les adresses électroniques qui y sont enregistrées puissent être utilisées dans l’application. L’application fonctionne sans cet accès, qui peut être révoqué ultérieurement dans les réglages du système d’exploitation.",
  },
  { en: "Contact data from the address book", de: "Kontaktdaten aus dem Adressbuch", fr: "Coordonnées issues du carnet d’adresses" },
  {
    en: "If you allow it, the App reads the contacts in your device's address book so that you can use their e-mail addresses in the App. The App works without this access, and you can revoke it at any time in your operating system's settings.",
    de: "Wenn Sie es erlauben, liest die App die Kontakte im Adressbuch Ihres Geräts, damit Sie deren E-Mail-Adressen in der App verwenden können. Die App funktioniert auch ohne diesen Zugriff, und Sie können ihn jederzeit in den Einstellungen Ihres Betriebssystems widerrufen.",
    fr: "Si vous l’autorisez, l’application lit les contacts du carnet d’adresses de votre appareil afin que vous puissiez utiliser leurs adresses électroniques dans l’application. L’application fonctionne sans cet accès, que vous pouvez révoquer à tout moment dans les réglages de votre système d’exploitation.",
  },
  { en: "The user's device", de: "Gerät des Nutzers", fr: "Appareil de l’utilisateur" },
  { en: "The address book on the App user's device.", de: "Das Adressbuch auf dem Gerät des Nutzers der App.", fr: "Le carnet d’adresses de l’appareil de l’utilisateur de l’application." },
  {
    en: "None for the App's functions; the e-mail addresses from the address book are not available in the App.",
    de: "Keine für die Funktionen der App; die E-Mail-Adressen aus dem Adressbuch stehen in der App dann nicht zur Verfügung.",
    fr: "Aucune pour les fonctionnalités de l’application\u00a0; les adresses électroniques du carnet d’adresses ne sont alors pas disponibles dans l’application.",
  },
  {
    en: "Deactivate the App's access to the address book in the settings of your operating system.",
    de: "Deaktivieren Sie den Zugriff der App auf das Adressbuch in den Einstellungen Ihres Betriebssystems.",
    fr: "Désactivez l’accès de l’application au carnet d’adresses dans les réglages de votre système d’exploitation.",
  },
  {
    en: "Letting the user use the e-mail addresses from the device's address book in the App",
    de: "Dem Nutzer ermöglichen, die E-Mail-Adressen aus dem Adressbuch des Geräts in der App zu verwenden",
    fr: "Permettre à l’utilisateur d’utiliser dans l’application les adresses électroniques du carnet d’adresses de l’appareil",
  },
  {
    en: "Contacts in the device's address book, in particular their e-mail addresses",
    de: "Kontakte im Adressbuch des Geräts, insbesondere deren E-Mail-Adressen",
    fr: "Contacts du carnet d’adresses de l’appareil, en particulier leurs adresses électroniques",
  },

  // APP-03: e-mails and messages.
  { en: "E-mails and messages", de: "E-Mails und Nachrichten", fr: "Courriels et messages" },
  {
    en: "The App's main function: access to the user's mailbox at the Service Provider and real-time chat. E-mails, messages and attachments (photos, videos, audio files, documents) often contain names, e-mail addresses and sensitive, highly personal data about the user or others.",
    de: "Die Hauptfunktion der App: Zugang zum Postfach des Nutzers beim Diensteanbieter und Chat in Echtzeit. E-Mails, Nachrichten und Anhänge (Fotos, Videos, Audiodateien, Dokumente) enthalten oft Namen, E-Mail-Adressen und sensible, höchstpersönliche Daten über den Nutzer oder andere.",
    fr: "La fonction principale de l’application\u00a0: l’accès à la boîte aux lettres de l’utilisateur chez son fournisseur et la messagerie instantanée. Les courriels, messages et pièces jointes (photos, vidéos, fichiers audio, documents) contiennent souvent des noms, des adresses électroniques et des données sensibles et très personnelles concernant l’utilisateur ou d’autres personnes.",
  },
  {
    en: "The App gives you access to your mailbox at your Service Provider and lets you chat in real time. Your e-mails, messages and attachments may contain personal and sensitive data about you and others; you decide what you send and keep. The data is deleted from your device when you uninstall the App; ask your Service Provider how to delete the data stored there.",
    de: "Die App gibt Ihnen Zugang zu Ihrem Postfach bei Ihrem Diensteanbieter und ermöglicht Chats in Echtzeit. Ihre E-Mails, Nachrichten und Anhänge können personenbezogene und sensible Daten über Sie und andere enthalten; Sie entscheiden, was Sie senden und aufbewahren. Die Daten werden von Ihrem Gerät gelöscht, wenn Sie die App deinstallieren; fragen Sie Ihren Diensteanbieter, wie Sie die dort gespeicherten Daten löschen.",
    fr: "L’application vous donne accès à votre boîte aux lettres chez votre fournisseur et vous permet de discuter en temps réel. Vos courriels, messages et pièces jointes peuvent contenir des données personnelles et sensibles vous concernant ou concernant d’autres personnes\u00a0; c’est vous qui décidez de ce que vous envoyez et conservez. Les données sont supprimées de votre appareil lorsque vous désinstallez l’application\u00a0; demandez à votre fournisseur comment supprimer les données qu’il conserve.",
  },
  {
    en: "The App's inbox on the user's device; the mailbox at the user's Service Provider",
    de: "Posteingang der App auf dem Gerät des Nutzers; Postfach beim Diensteanbieter des Nutzers",
    fr: "Boîte de réception de l’application sur l’appareil de l’utilisateur\u00a0; boîte aux lettres chez le fournisseur de l’utilisateur",
  },
  {
    en: "Providing the App's functions: reading and sending e-mails and chatting in real time",
    de: "Bereitstellung der Funktionen der App: Lesen und Senden von E-Mails und Chatten in Echtzeit",
    fr: "Fourniture des fonctionnalités de l’application\u00a0: lire et envoyer des courriels et discuter en temps réel",
  },
  {
    en: "E-mails and messages with their attachments, such as photos, videos, audio files and documents",
    de: "E-Mails und Nachrichten mit ihren Anhängen, etwa Fotos, Videos, Audiodateien und Dokumenten",
    fr: "Courriels et messages avec leurs pièces jointes, telles que photos, vidéos, fichiers audio et documents",
  },
  {
    en: "Deleted on the device when the App is uninstalled; the user can also delete it in the device settings.",
    de: "Auf dem Gerät gelöscht, wenn die App deinstalliert wird; der Nutzer kann die Daten auch in den Geräteeinstellungen löschen.",
    fr: "Supprimées de l’appareil lorsque l’application est désinstallée\u00a0; l’utilisateur peut aussi les supprimer dans les réglages de l’appareil.",
  },
  {
    en: "Names and e-mail addresses in e-mails and messages",
    de: "Namen und E-Mail-Adressen in E-Mails und Nachrichten",
    fr: "Noms et adresses électroniques figurant dans les courriels et messages",
  },
  {
    en: "Holds the mailbox through which e-mails and messages are sent, received and stored.",
    de: "Führt das Postfach, über das E-Mails und Nachrichten gesendet, empfangen und gespeichert werden.",
    fr: "Héberge la boîte aux lettres par laquelle les courriels et messages sont envoyés, reçus et conservés.",
  },

  // APP-04: push notifications.
  { en: "Push notifications", de: "Push-Benachrichtigungen", fr: "Notifications push" },
  {
    en: "If the user enables push notifications and the Service Provider offers a COI-compliant e-mail service, the Service Provider encrypts the sender, subject or text of new messages and sends them to the Open-Xchange Push Service, hosted on German servers, which forwards them to Google Firebase Cloud Messaging and/or the Apple Push Notification Service for delivery to the App, where they are decrypted. A unique key identifying the device is generated and transferred to the Service Provider. Without a COI-compatible service, the App instead polls for new messages at regular intervals, which is slower. Notifications can be disabled in the App's settings at any time.",
    de: "Aktiviert der Nutzer Push-Benachrichtigungen und bietet der Diensteanbieter einen COI-konformen E-Mail-Dienst an, verschlüsselt der Diensteanbieter Absender, Betreff oder Text neuer Nachrichten und sendet sie an den Open-Xchange Push Service auf Servern in Deutschland, der sie an Google Firebase Cloud Messaging und/oder den Apple Push Notification Service zur Zustellung an die App weiterleitet, wo sie entschlüsselt werden. Ein eindeutiger Schlüssel, der das Gerät identifiziert, wird erzeugt und an den Diensteanbieter übermittelt. Ohne einen COI-kompatiblen Dienst fragt die App stattdessen in regelmäßigen Abständen nach neuen Nachrichten, was langsamer ist. Benachrichtigungen können jederzeit in den Einstellungen der App deaktiviert werden.",
    fr: "Si l’utilisateur active les notifications push et que son fournisseur propose un service de messagerie compatible COI, le fournisseur chiffre l’expéditeur, l’objet ou le texte des nouveaux messages et les envoie au service Open-Xchange Push Service, hébergé sur des serveurs en Allemagne, qui les transmet à Google Firebase Cloud Messaging et/ou à Apple Push Notification Service pour qu’ils soient remis à l’application, où ils sont déchiffrés. Une clé unique identifiant l’appareil est générée et transmise au fournisseur. Sans service compatible COI, l’application vérifie à intervalles réguliers l’arrivée de nouveaux messages, ce qui est plus lent. Les notifications peuvent être désactivées à tout moment dans les réglages de l’application.",
  },
  {
    en: "If you enable push notifications and your Service Provider offers a COI-compliant e-mail service, your Service Provider encrypts the sender, subject or text of new messages and sends them to our Push Service on German servers, which forwards them through Google Firebase Cloud Messaging or the Apple Push Notification Service to the App, where they are decrypted and shown. A unique key identifying your device is passed to your Service Provider so that notifications reach it. Otherwise the App checks for new messages at regular intervals. You can turn notifications off at any time in the App's settings.",
    de: "Wenn Sie Push-Benachrichtigungen aktivieren und Ihr Diensteanbieter einen COI-konformen E-Mail-Dienst anbietet, verschlüsselt Ihr Diensteanbieter Absender, Betreff oder Text neuer Nachrichten und sendet sie an unseren Push-Dienst auf Servern in Deutschland, der sie über Google Firebase Cloud Messaging oder den Apple Push Notification Service an die App weiterleitet, wo sie entschlüsselt und angezeigt werden. Ein eindeutiger Schlüssel, der Ihr Gerät identifiziert, wird an Ihren Diensteanbieter übermittelt, damit die Benachrichtigungen es erreichen. Andernfalls prüft die App in regelmäßigen Abständen, ob neue Nachrichten vorliegen. Sie können Benachrichtigungen jederzeit in den Einstellungen der App abschalten.",
    fr: "Si vous activez les notifications push et que votre fournisseur propose un service de messagerie compatible COI, votre fournisseur chiffre l’expéditeur, l’objet ou le texte des nouveaux messages et les envoie à notre service push hébergé sur des serveurs en Allemagne, qui les transmet par Google Firebase Cloud Messaging ou Apple Push Notification Service à l’application, où ils sont déchiffrés et affichés. Une clé unique identifiant votre appareil est transmise à votre fournisseur afin que les notifications lui parviennent. À défaut, l’application vérifie à intervalles réguliers l’arrivée de nouveaux messages. Vous pouvez désactiver les notifications à tout moment dans les réglages de l’application.",
  },
  { en: "Open-Xchange Push Service on servers in Germany", de: "Open-Xchange Push Service auf Servern in Deutschland", fr: "Open-Xchange Push Service sur des serveurs en Allemagne" },
  {
    en: "Disable notifications in the App's settings at any time.",
    de: "Deaktivieren Sie die Benachrichtigungen jederzeit in den Einstellungen der App.",
    fr: "Désactivez les notifications à tout moment dans les réglages de l’application.",
  },
  {
    en: "Notification content is encrypted at the Service Provider and passes the Push Service, Google and Apple only in encrypted form; it is decrypted in the App.",
    de: "Der Inhalt der Benachrichtigungen wird beim Diensteanbieter verschlüsselt und passiert den Push-Dienst, Google und Apple nur verschlüsselt; entschlüsselt wird er in der App.",
    fr: "Le contenu des notifications est chiffré chez le fournisseur et ne transite par le service push, Google et Apple que sous forme chiffrée\u00a0; il est déchiffré dans l’application.",
  },
  {
    en: "Transmitting encrypted notifications of new messages from the Service Provider through the Push Service to the App",
    de: "Übermittlung verschlüsselter Benachrichtigungen über neue Nachrichten vom Diensteanbieter über den Push-Dienst an die App",
    fr: "Transmission de notifications chiffrées de nouveaux messages du fournisseur à l’application par l’intermédiaire du service push",
  },
  {
    en: "Generating a unique device key and passing it to the Service Provider so that push notifications can be delivered",
    de: "Erzeugung eines eindeutigen Geräteschlüssels und dessen Übermittlung an den Diensteanbieter, damit Push-Benachrichtigungen zugestellt werden können",
    fr: "Génération d’une clé unique de l’appareil et sa transmission au fournisseur afin que les notifications push puissent être remises",
  },
  { en: "Sender and subject of new messages, encrypted", de: "Absender und Betreff neuer Nachrichten, verschlüsselt", fr: "Expéditeur et objet des nouveaux messages, chiffrés" },
  { en: "Text of new messages, encrypted", de: "Text neuer Nachrichten, verschlüsselt", fr: "Texte des nouveaux messages, chiffré" },
  { en: "Unique key identifying the mobile device", de: "Eindeutiger Schlüssel, der das Mobilgerät identifiziert", fr: "Clé unique identifiant l’appareil mobile" },
  {
    en: "Sends the encrypted notifications and receives the device key.",
    de: "Sendet die verschlüsselten Benachrichtigungen und erhält den Geräteschlüssel.",
    fr: "Envoie les notifications chiffrées et reçoit la clé de l’appareil.",
  },
  {
    en: "Delivers the encrypted notifications to the device.",
    de: "Stellt die verschlüsselten Benachrichtigungen an das Gerät zu.",
    fr: "Remet les notifications chiffrées à l’appareil.",
  },
  {
    en: "Delivers the encrypted notifications to Apple devices.",
    de: "Stellt die verschlüsselten Benachrichtigungen an Apple-Geräte zu.",
    fr: "Remet les notifications chiffrées aux appareils Apple.",
  },
];

const byEnglish = new Map(demoTexts.map((text) => [text.en, text]));

/** The German and French of a demo text, by its English; undefined for a text the demo does not translate. */
export function demoTranslation(english: string): Texts | undefined {
  return byEnglish.get(english.trim());
}

type MarkdownTexts = { title: Texts; body: Texts };

/** The DPO's own sections of the demo policies, by their English title. */
export const DEMO_MARKDOWN: readonly MarkdownTexts[] = [
  {
    title: { en: "Links to other websites", de: "Links zu anderen Websites", fr: "Liens vers d’autres sites web" },
    body: {
      en: "Our website links to websites of other providers, which may use cookies or collect personal data. We have no influence on whether they comply with data protection law. This privacy policy covers only our own website, not the websites it links to.",
      de: "Unsere Website enthält Links zu Websites anderer Anbieter, die Cookies verwenden oder personenbezogene Daten erheben können. Wir haben keinen Einfluss darauf, ob diese das Datenschutzrecht einhalten. Diese Datenschutzerklärung gilt nur für unsere eigene Website, nicht für die verlinkten Websites.",
      fr: "Notre site web contient des liens vers des sites d’autres fournisseurs, qui peuvent utiliser des cookies ou collecter des données à caractère personnel. Nous n’avons aucune influence sur le respect par ces sites de la réglementation relative à la protection des données. La présente politique de confidentialité ne s’applique qu’à notre propre site web, et non aux sites vers lesquels il renvoie.",
    },
  },
  {
    title: { en: "Data security", de: "Datensicherheit", fr: "Sécurité des données" },
    body: {
      en: "We use the technical and organisational means available to keep your personal data from being accessible to third parties. E-mail cannot be fully secured, so please send confidential information by letter post.",
      de: "Wir setzen die uns zur Verfügung stehenden technischen und organisatorischen Mittel ein, damit Ihre personenbezogenen Daten Dritten nicht zugänglich werden. E-Mails lassen sich nicht vollständig sichern; senden Sie vertrauliche Informationen daher bitte per Briefpost.",
      fr: "Nous mettons en œuvre les moyens techniques et organisationnels dont nous disposons pour que vos données à caractère personnel ne soient pas accessibles à des tiers. Le courriel ne pouvant pas être entièrement sécurisé, nous vous invitons à nous adresser les informations confidentielles par voie postale.",
    },
  },
  {
    title: { en: "Your e-mail Service Provider", de: "Ihr E-Mail-Diensteanbieter", fr: "Votre fournisseur de messagerie" },
    body: {
      en: "The App accesses a mailbox that a third-party e-mail Service Provider has set up for you. Please check with your Service Provider how it handles your data. This policy covers only the processing in the App itself.",
      de: "Die App greift auf ein Postfach zu, das ein dritter E-Mail-Diensteanbieter für Sie eingerichtet hat. Bitte informieren Sie sich bei Ihrem Diensteanbieter, wie er mit Ihren Daten umgeht. Diese Erklärung gilt nur für die Verarbeitung in der App selbst.",
      fr: "L’application accède à une boîte aux lettres qu’un fournisseur de messagerie tiers a créée pour vous. Renseignez-vous auprès de votre fournisseur sur la manière dont il traite vos données. La présente politique ne couvre que les traitements effectués dans l’application elle-même.",
    },
  },
  {
    title: { en: "Cookies and tracking", de: "Cookies und Tracking", fr: "Cookies et traceurs" },
    body: {
      en: "The App uses no tracking mechanisms that record your behaviour and stores no cookies on your device.",
      de: "Die App verwendet keine Tracking-Mechanismen, die Ihr Verhalten aufzeichnen, und speichert keine Cookies auf Ihrem Gerät.",
      fr: "L’application n’utilise aucun mécanisme de suivi enregistrant votre comportement et ne dépose aucun cookie sur votre appareil.",
    },
  },
  {
    title: { en: "External links", de: "Externe Links", fr: "Liens externes" },
    body: {
      en: "The App and your e-mails may contain links to external websites that use cookies or tracking, over which we have no control. Please refer to the privacy policy of the website concerned.",
      de: "Die App und Ihre E-Mails können Links zu externen Websites enthalten, die Cookies oder Tracking einsetzen und auf die wir keinen Einfluss haben. Bitte beachten Sie die Datenschutzerklärung der jeweiligen Website.",
      fr: "L’application et vos courriels peuvent contenir des liens vers des sites web externes qui utilisent des cookies ou des traceurs, sur lesquels nous n’avons aucun contrôle. Veuillez consulter la politique de confidentialité du site concerné.",
    },
  },
];

/** The policies' titles in each language. */
export const DEMO_POLICY_TITLES: Record<string, Texts> = {
  "coi-website": {
    en: "Privacy Policy for the coi.me Website",
    de: "Datenschutzerklärung für die Website coi.me",
    fr: "Politique de confidentialité du site web coi.me",
  },
  "ox-coi-messenger": {
    en: "Privacy Policy for the OX COI Messenger",
    de: "Datenschutzerklärung für den OX COI Messenger",
    fr: "Politique de confidentialité d’OX COI Messenger",
  },
};
