<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActionLabels</name>
    <message>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Utgår</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Utveckling</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Kompetens</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Rutin</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Eskalering</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ej angiven</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>Ändra beskrivning</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <source>Byt organisation</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <source>Ändra klart senast</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <source>Ändra typ</source>
        <translation>Change type</translation>
    </message>
    <message>
        <source>Till exempel: andelen … ökar från … till …</source>
        <translation>For example: the proportion of … rises from … to …</translation>
    </message>
    <message>
        <source>Ändra förbättringsmått</source>
        <translation>Edit success measure</translation>
    </message>
    <message>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Åtgär&amp;d</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <source>&amp;Glapp</source>
        <translation>&amp;Gap</translation>
    </message>
    <message>
        <source>&amp;Orsak</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <source>Ans&amp;varig</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>Organi&amp;sation</translation>
    </message>
    <message>
        <source>&amp;Klart senast</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>T&amp;yp</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Hur v&amp;et vi att det blev bättre?</source>
        <translation>How will we &amp;know it got better?</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>inget</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Åtgärd nr {n}</source>
        <translation>Action no. {n}</translation>
    </message>
    <message>
        <source>Ny åtgärd: välj glapp och orsak, skriv sedan åtgärden</source>
        <translation>New action: choose a gap and cause, then type the action</translation>
    </message>
    <message>
        <source>Ändra åtgärdens titel</source>
        <translation>Edit action title</translation>
    </message>
    <message>
        <source>Koppla till glapp</source>
        <translation>Link to gap</translation>
    </message>
    <message>
        <source>Koppla till orsak</source>
        <translation>Link to cause</translation>
    </message>
    <message>
        <source>Byt ansvarig</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Ny person som ansvarig: {name}</source>
        <translation>New person as owner: {name}</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Vad ska göras, av vem, när – och hur vet vi att det blev bättre? Nya åtgärder kopplas till glappet och orsaken som är valda till höger.</source>
        <translation>What will be done, by whom, by when – and how will we know it got better? New actions are linked to the gap and cause chosen on the right.</translation>
    </message>
    <message>
        <source>&amp;Ny åtgärd:</source>
        <translation>&amp;New action:</translation>
    </message>
    <message>
        <source>Skriv vad som ska göras och tryck Enter</source>
        <translation>Type what will be done and press Enter</translation>
    </message>
    <message>
        <source>Enter sparar · Alt+N ny åtgärd · Alt+V ansvarig · Alt+K klart senast · Alt+2 / Alt+F / Alt+3 snabbval av datum · Delete tar bort markerad åtgärd · Ctrl+Z ångrar</source>
        <translation>Enter saves · Alt+N new action · Alt+O owner · Alt+D due date · Alt+2 / Alt+X / Alt+3 quick dates · Delete removes the selected action · Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation>Delete action</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ändra dagordningspunkt</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <source>Flytta dagordningspunkt</source>
        <translation>Move agenda item</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>användning: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argument</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>flaggor</source>
        <translation>options</translation>
    </message>
    <message>
        <source>visa den här hjälpen</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%s måste anges</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>%(value)r går inte att välja (välj bland %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>okända argument: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>ett värde behövs efter flaggan</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>minst ett värde behövs</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(option)s kan betyda flera flaggor: %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>%r hör inte till flaggan</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>ogiltigt värde: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>går inte ihop med %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Inbjuden</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Anmält förhinder</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Samsyn sparar säkerhetskopior av forumet när det öppnas och var tionde minut medan du arbetar. Välj den du vill gå tillbaka till.</source>
        <translation>Samsyn backs up the forum when it is opened and every ten minutes while you work. Choose the one you want to go back to.</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av det här forumet ännu.</source>
        <translation>There are no backups of this forum yet.</translation>
    </message>
    <message>
        <source>Återställ…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>Forumfilen {name} verkar vara skadad: säkerhetskopian av den klarade inte kontrollen. Välj Arkiv → Kontrollera filen, och återställ vid behov den senaste säkerhetskopian med Arkiv → Återställ från säkerhetskopia…</source>
        <translation>The forum file {name} seems to be damaged: its backup failed the check. Choose File → Check the file, and if needed restore the latest backup with File → Restore from backup…</translation>
    </message>
    <message>
        <source>Den automatiska säkerhetskopian kunde inte sparas i {folder}. Det du skriver sparas ändå i forumfilen; Samsyn försöker igen om en stund.</source>
        <translation>The automatic backup could not be saved in {folder}. What you type is still saved in the forum file; Samsyn will try again shortly.</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Orsaker</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Antal orsaker i kategorin</source>
        <translation>Number of causes in the category</translation>
    </message>
    <message>
        <source>Byt namn på kategori</source>
        <translation>Rename category</translation>
    </message>
</context>
<context>
    <name>CauseTreeModel</name>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Röster</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Utan kategori</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <source>Ändra orsak</source>
        <translation>Edit cause</translation>
    </message>
    <message>
        <source>Ändra röster</source>
        <translation>Change votes</translation>
    </message>
</context>
<context>
    <name>CausesPage</name>
    <message>
        <source>Orsaker</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Varför uppstår glappet? Samla orsakerna i fiskbenets kategorier och fråga ”varför?” tills ni når en orsak som går att åtgärda.</source>
        <translation>Why does the gap arise? Gather the causes in the fishbone categories and ask “why?” until you reach a cause you can act on.</translation>
    </message>
    <message>
        <source>&amp;Glapp</source>
        <translation>&amp;Gap</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kategori för nästa orsak (Alt+1 … Alt+9)</source>
        <translation>Category for the next cause (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <source>Ny orsak: skriv och tryck Enter</source>
        <translation>New cause: type it and press Enter</translation>
    </message>
    <message>
        <source>Varför?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Fråga varför om den markerade orsaken (Ctrl+Enter)</source>
        <translation>Ask why about the selected cause (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Enter: spara orsaken · Alt+1…9 eller Ctrl+↑/↓: kategori · Ctrl+Enter: Varför? · + / − eller siffror + Enter: röster · F2: ändra · Delete: ta bort</source>
        <translation>Enter: save the cause · Alt+1…9 or Ctrl+↑/↓: category · Ctrl+Enter: Why? · + / − or digits + Enter: votes · F2: edit · Delete: remove</translation>
    </message>
    <message>
        <source>Lägg först till glapp på sidan Glapp</source>
        <translation>First add gaps on the Gaps page</translation>
    </message>
    <message>
        <source>Träffen har inga glapp ännu.</source>
        <translation>This meeting has no gaps yet.</translation>
    </message>
    <message>
        <source>vidare till orsaksanalys</source>
        <translation>taken to cause analysis</translation>
    </message>
    <message>
        <source>inte valt för orsaksanalys</source>
        <translation>not chosen for cause analysis</translation>
    </message>
    <message>
        <source>Röster: {n}</source>
        <translation>Votes: {n}</translation>
    </message>
    <message>
        <source>Ny orsak (varför?)</source>
        <translation>New cause (why?)</translation>
    </message>
    <message>
        <source>Ny orsak</source>
        <translation>New cause</translation>
    </message>
    <message>
        <source>Markera först den orsak ni frågar varför om.</source>
        <translation>First select the cause you are asking why about.</translation>
    </message>
    <message>
        <source>Varför? Skriv svaret och tryck Enter</source>
        <translation>Why? Type the answer and press Enter</translation>
    </message>
    <message>
        <source>Varför? ↳ {cause}
Enter: spara svaret här · Ctrl+Enter: fråga varför om svaret · Esc: tillbaka till kategorin</source>
        <translation>Why? ↳ {cause}
Enter: save the answer here · Ctrl+Enter: ask why about the answer · Esc: back to the category</translation>
    </message>
    <message>
        <source>Ändra röster</source>
        <translation>Change votes</translation>
    </message>
    <message>
        <source>Ta bort orsak</source>
        <translation>Delete cause</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{name}: filen är hel, men ett person- eller samordningsnummer finns i texten; ta bort det innan minnesanteckningarna skickas.</source>
        <translation>{name}: the file is whole, but its text holds a personal identity or coordination number; remove it before the minutes are sent.</translation>
    </message>
    <message>
        <source>{name}: filen är hel, men {n} person- eller samordningsnummer finns i texten; ta bort dem innan minnesanteckningarna skickas.</source>
        <translation>{name}: the file is whole, but its text holds {n} personal identity or coordination numbers; remove them before the minutes are sent.</translation>
    </message>
    <message>
        <source>{name}: ett fel hittades.</source>
        <translation>{name}: one fault found.</translation>
    </message>
    <message>
        <source>{name}: {n} fel hittades.</source>
        <translation>{name}: {n} faults found.</translation>
    </message>
    <message>
        <source>1 träff</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>{n} träffar</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>1 glapp</source>
        <translation>1 gap</translation>
    </message>
    <message>
        <source>{n} glapp</source>
        <translation>{n} gaps</translation>
    </message>
    <message>
        <source>1 orsak</source>
        <translation>1 cause</translation>
    </message>
    <message>
        <source>{n} orsaker</source>
        <translation>{n} causes</translation>
    </message>
    <message>
        <source>1 åtgärd</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>{n} åtgärder</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} organisationer</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <source>Integritetskontroll: {problem}</source>
        <translation>Privacy check: {problem}</translation>
    </message>
    <message>
        <source>Trasig hänvisning: {problem}</source>
        <translation>Broken reference: {problem}</translation>
    </message>
    <message>
        <source>{name}: filen är hel (schema {version}): {contents}.</source>
        <translation>{name}: the file is whole (schema {version}): {contents}.</translation>
    </message>
    <message>
        <source>Inga person- eller samordningsnummer i texten.</source>
        <translation>No personal identity or coordination numbers in the text.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Obs: utkastet har inga mottagare, eftersom träffen inte har några deltagare. Lägg till adresserna i e-postprogrammet.</source>
        <translation>Note: the draft has no recipients, because the meeting has no participants. Add the addresses in your e-mail program.</translation>
    </message>
    <message>
        <source>Obs: utkastet har inga mottagare. Ingen av deltagarna kan nås: {people}. Lägg till adresserna i e-postprogrammet, eller rätta dem i Samsyn och skriv utkastet igen.</source>
        <translation>Note: the draft has no recipients. None of the participants can be reached: {people}. Add the addresses in your e-mail program, or correct them in Samsyn and write the draft again.</translation>
    </message>
    <message>
        <source>Obs: utkastet går inte till {people}. Lägg till dem i e-postprogrammet, eller rätta adresserna i Samsyn och skriv utkastet igen.</source>
        <translation>Note: the draft does not go to {people}. Add them in your e-mail program, or correct the addresses in Samsyn and write the draft again.</translation>
    </message>
    <message>
        <source>{file}: inget sådant kommando och ingen sådan fil (kommandon: {commands}; en forumfil öppnas med samsyn FIL; nya forumfiler slutar på .samsyn)</source>
        <translation>{file}: no such command and no such file (commands: {commands}; a forum file is opened with samsyn FILE; new forum files end in .samsyn)</translation>
    </message>
    <message>
        <source>skapa en tom forumfil</source>
        <translation>create an empty forum file</translation>
    </message>
    <message>
        <source>skapa en forumfil med exempelinnehåll</source>
        <translation>create a forum file with demo content</translation>
    </message>
    <message>
        <source>skapa en forumfil från en utbytesfil (JSON)</source>
        <translation>create a forum file from an exchange file (JSON)</translation>
    </message>
    <message>
        <source>skriv forumet som utbytesfil (JSON)</source>
        <translation>write the forum as an exchange file (JSON)</translation>
    </message>
    <message>
        <source>skriv en träffs minnesanteckningar (Word)</source>
        <translation>write a meeting&apos;s minutes (Word)</translation>
    </message>
    <message>
        <source>skriv ett e-postutkast till deltagarna med anteckningarna</source>
        <translation>write an e-mail draft to the participants with the minutes</translation>
    </message>
    <message>
        <source>kontrollera att filen är hel och sök personnummer</source>
        <translation>check that the file is intact and search for personal identity numbers</translation>
    </message>
    <message>
        <source>för in andra gruppers forumfiler eller utbytesfiler i forumfilen</source>
        <translation>bring other groups&apos; forum files or exchange files into the forum file</translation>
    </message>
    <message>
        <source>visa den här hjälpen</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>Se {prog} --help.</source>
        <translation>See {prog} --help.</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>forumfilen</source>
        <translation>the forum file</translation>
    </message>
    <message>
        <source>filen att skriva</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>träffen (standard: latest, den senaste träffen till och med i dag; finns ingen ännu, den första som kommer)</source>
        <translation>the meeting (default: latest, the most recent meeting up to today; if none has been held yet, the first to come)</translation>
    </message>
    <message>
        <source>dokumentets språk</source>
        <translation>the document&apos;s language</translation>
    </message>
    <message>
        <source>skriv även om integritetskontrollen hittar personnummer</source>
        <translation>write even if the privacy check finds personal identity numbers</translation>
    </message>
    <message>
        <source>Samsyn utan fönster.</source>
        <translation>Samsyn without a window.</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>NAMN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>forumets namn</source>
        <translation>the forum&apos;s name</translation>
    </message>
    <message>
        <source>utbytesfilen</source>
        <translation>the exchange file</translation>
    </message>
    <message>
        <source>filen att skriva (annars stdout)</source>
        <translation>the file to write (otherwise stdout)</translation>
    </message>
    <message>
        <source>KÄLLA</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>forumfiler (.samsyn) eller utbytesfiler (.json) att föra in</source>
        <translation>forum files (.samsyn) or exchange files (.json) to bring in</translation>
    </message>
    <message>
        <source>Öppnar Samsyns fönster på forumfilen.</source>
        <translation>Opens Samsyn&apos;s window on the forum file.</translation>
    </message>
    <message>
        <source>Kommandon utan fönster (samsyn KOMMANDO --help visar mer):</source>
        <translation>Commands without a window (samsyn COMMAND --help tells more):</translation>
    </message>
    <message>
        <source>visa versionen</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>forumfilen (annars den senaste, eller en ny i datamappen)</source>
        <translation>the forum file (otherwise the last one, or a new one in the data folder)</translation>
    </message>
    <message>
        <source>öppna fönstret, vänta på första ritningen och avsluta</source>
        <translation>open the window, wait for the first paint and exit</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Avslutning</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Skriv och tryck Enter för att lägga till. I listan: F2 redigerar, Ctrl+↑/↓ flyttar, Delete tar bort. Ctrl+Z ångrar.</source>
        <translation>Type and press Enter to add. In the list: F2 edits, Ctrl+↑/↓ moves, Delete removes. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Nytt beslut …</source>
        <translation>New decision …</translation>
    </message>
    <message>
        <source>Parkerade frågor</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Ny parkerad fråga …</source>
        <translation>New parked question …</translation>
    </message>
    <message>
        <source>Övriga frågor</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>Ny övrig fråga …</source>
        <translation>New item of other business …</translation>
    </message>
    <message>
        <source>Nästa träff</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Var ses vi?</source>
        <translation>Where will we meet?</translation>
    </message>
    <message>
        <source>Tema, värd, vad som ska förberedas … (Tab går vidare)</source>
        <translation>Theme, host, what to prepare … (Tab moves on)</translation>
    </message>
    <message>
        <source>T&amp;id</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Antec&amp;kningar</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Ändra datum för nästa träff</source>
        <translation>Change date of next meeting</translation>
    </message>
    <message>
        <source>Ändra tid för nästa träff</source>
        <translation>Change time of next meeting</translation>
    </message>
    <message>
        <source>Ändra plats för nästa träff</source>
        <translation>Change location of next meeting</translation>
    </message>
    <message>
        <source>Ändra anteckningar om nästa träff</source>
        <translation>Edit notes on next meeting</translation>
    </message>
    <message>
        <source>Nytt beslut</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Ta bort beslut</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Flytta beslut</source>
        <translation>Move decision</translation>
    </message>
    <message>
        <source>Ändra beslut</source>
        <translation>Edit decision</translation>
    </message>
    <message>
        <source>Ny parkerad fråga</source>
        <translation>New parked question</translation>
    </message>
    <message>
        <source>Ta bort parkerad fråga</source>
        <translation>Delete parked question</translation>
    </message>
    <message>
        <source>Flytta parkerad fråga</source>
        <translation>Move parked question</translation>
    </message>
    <message>
        <source>Ändra parkerad fråga</source>
        <translation>Edit parked question</translation>
    </message>
    <message>
        <source>Ny övrig fråga</source>
        <translation>New item of other business</translation>
    </message>
    <message>
        <source>Ta bort övrig fråga</source>
        <translation>Delete item of other business</translation>
    </message>
    <message>
        <source>Flytta övrig fråga</source>
        <translation>Move item of other business</translation>
    </message>
    <message>
        <source>Ändra övrig fråga</source>
        <translation>Edit item of other business</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Välj datum i kalendern (Alt+Ned)</source>
        <translation>Pick a date from the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{date} – före den här träffens datum</source>
        <translation>{date} – before this meeting&apos;s date</translation>
    </message>
    <message>
        <source>Träffen var den {date}. Stämmer årtalet?</source>
        <translation>The meeting was on {date}. Is the year right?</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Skicka till deltagare</source>
        <translation>Send to participants</translation>
    </message>
    <message>
        <source>Får inte utkastet: {people}.</source>
        <translation>Not reached by the draft: {people}.</translation>
    </message>
    <message>
        <source>Kopiera adresser</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <source>Visa utkastet i mappen</source>
        <translation>Show the draft in its folder</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Inget e-postprogram svarade. Utkastet finns i {path}; öppna det därifrån, eller kopiera adresserna och skicka minnesanteckningarna från ditt e-postprogram.</source>
        <translation>No e-mail program answered. The draft is in {path}; open it from there, or copy the addresses and send the minutes from your e-mail program.</translation>
    </message>
    <message>
        <source>Ingen av deltagarna har en e-postadress i Samsyn.</source>
        <translation>None of the participants has an e-mail address in Samsyn.</translation>
    </message>
    <message>
        <source>Ingen av deltagarna har en e-postadress i Samsyn. Utkastet öppnas ändå i ditt e-postprogram; lägg till mottagarna där.</source>
        <translation>None of the participants has an e-mail address in Samsyn. The draft opens in your e-mail program anyway; add the recipients there.</translation>
    </message>
    <message>
        <source>Ett e-postutkast till {n} deltagare öppnas i ditt e-postprogram.</source>
        <translation>An e-mail draft to {n} participants opens in your e-mail program.</translation>
    </message>
    <message>
        <source>Adresserna är kopierade</source>
        <translation>The addresses are copied</translation>
    </message>
    <message>
        <source>Mappen kunde inte visas. Utkastet finns i {path}.</source>
        <translation>The folder could not be shown. The draft is in {path}.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>… och {n} till</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Du har skrivit något som inte har lagts till än:</source>
        <translation>You have typed something that has not been added yet:</translation>
    </message>
    <message>
        <source>Säkerhetskopian har inte med det, så det försvinner när den återställs. Välj Avbryt om du vill kopiera texten först.</source>
        <translation>The backup does not include it, so it will be lost when the backup is restored. Choose Cancel if you want to copy the text first.</translation>
    </message>
    <message>
        <source>Återställ ändå</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <source>Det går inte att lägga till härifrån. Välj Avbryt och lägg till det där du skrev det, eller Släng.</source>
        <translation>It cannot be added from here. Choose Cancel and add it where you typed it, or Discard.</translation>
    </message>
    <message>
        <source>Vill du lägga till det nu? Annars försvinner det.</source>
        <translation>Do you want to add it now? Otherwise it will be lost.</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Det här godtogs inte och har inte sparats:</source>
        <translation>This was not accepted and has not been saved:</translation>
    </message>
    <message>
        <source>Välj Avbryt och rätta det, eller Släng, så behålls det som redan var sparat.</source>
        <translation>Choose Cancel and correct it, or Discard to keep what was already saved.</translation>
    </message>
    <message>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;2 veckor</source>
        <translation>&amp;2 weeks</translation>
    </message>
    <message>
        <source>Nästa träf&amp;f</source>
        <translation>Ne&amp;xt meeting</translation>
    </message>
    <message>
        <source>&amp;3 månader</source>
        <translation>&amp;3 months</translation>
    </message>
    <message>
        <source>Nästa träff har inget datum än (det sätts under Avslutning).</source>
        <translation>The next meeting has no date yet (it is set under Closing).</translation>
    </message>
    <message>
        <source>Klart senast {date} ({key})</source>
        <translation>Due {date} ({key})</translation>
    </message>
</context>
<context>
    <name>EditPlace</name>
    <message>
        <source>Det du skrev är tillagt. Därför finns det inget kvar att göra om.</source>
        <translation>What you typed has been added, so there is nothing left to redo.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>”{value}” kan inte användas i kolumnen {column}.</source>
        <translation>“{value}” cannot be used in the {column} column.</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <source>Minnesanteckningar</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minnesanteckningarna sparades i {name}.</source>
        <translation>The minutes were saved in {name}.</translation>
    </message>
    <message>
        <source>Öppna dokumentet</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Visa i mappen</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Inget program öppnade dokumentet. Öppna det från mappen, till exempel i Word eller LibreOffice.</source>
        <translation>No program opened the document. Open it from its folder, for example in Word or LibreOffice.</translation>
    </message>
    <message>
        <source>Mappen kunde inte visas. Dokumentet finns i {folder}.</source>
        <translation>The folder could not be shown. The document is in {folder}.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsBox</name>
    <message>
        <source>Samtalsledare</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Delete tar bort markerad samtalsledare</source>
        <translation>Delete removes the selected facilitator</translation>
    </message>
    <message>
        <source>Lägg till: skriv ett namn och tryck Enter</source>
        <translation>Add: type a name and press Enter</translation>
    </message>
    <message>
        <source>Det finns ingen person som heter ”{name}” i forumet. Lägg till personen under Personer och organisationer, eller som deltagare under Inledning.</source>
        <translation>There is no one called “{name}” in the forum. Add the person under People and organisations, or as a participant under Opening.</translation>
    </message>
    <message>
        <source>Lägg till samtalsledare</source>
        <translation>Add facilitator</translation>
    </message>
    <message>
        <source>Ta bort samtalsledare</source>
        <translation>Remove facilitator</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Nästa träff, datum</source>
        <translation>Next meeting, date</translation>
    </message>
    <message>
        <source>Nästa träff, tid</source>
        <translation>Next meeting, time</translation>
    </message>
    <message>
        <source>Nästa träff, plats</source>
        <translation>Next meeting, location</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Röster</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vårdövergång</source>
        <translation>Care transition</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Hur vet vi att det blev bättre?</source>
        <translation>How will we know it got better?</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Gemensam målbild</source>
        <translation>Shared goal</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Antecknare</source>
        <translation>Note-taker</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Välj gruppernas filer att slå samman</source>
        <translation>Choose the groups&apos; files to merge</translation>
    </message>
    <message>
        <source>Samsyn-filer och utbytes-JSON (*.samsyn *.json);;Alla filer (*)</source>
        <translation>Samsyn files and exchange JSON (*.samsyn *.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Nytt forum…</source>
        <translation>&amp;New forum…</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Senaste forum</source>
        <translation>Recent forums</translation>
    </message>
    <message>
        <source>Spara en &amp;kopia…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Öppna &amp;demoforum</source>
        <translation>Open &amp;demo forum</translation>
    </message>
    <message>
        <source>Slå samman med gruppers filer…</source>
        <translation>Merge groups&apos; files…</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Kontrollera filen</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Samsyn</source>
        <translation>Samsyn</translation>
    </message>
    <message>
        <source>Nytt forum</source>
        <translation>New forum</translation>
    </message>
    <message>
        <source>Forumets namn:</source>
        <translation>Forum name:</translation>
    </message>
    <message>
        <source>Spara det nya forumet som</source>
        <translation>Save the new forum as</translation>
    </message>
    <message>
        <source>Öppna forum</source>
        <translation>Open forum</translation>
    </message>
    <message>
        <source>Spara en kopia</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Välj ett annat namn än det öppna forumets fil.</source>
        <translation>Choose a different name from the open forum’s file.</translation>
    </message>
    <message>
        <source>En kopia sparades i {path}.</source>
        <translation>A copy was saved in {path}.</translation>
    </message>
    <message>
        <source>Filen är hel.</source>
        <translation>The file is whole.</translation>
    </message>
    <message>
        <source>minst {count} fel</source>
        <translation>at least {count} errors</translation>
    </message>
    <message>
        <source>{count} fel</source>
        <translation>{count} errors</translation>
    </message>
    <message>
        <source>Filen {name} är skadad: kontrollen hittade {problems}. Återställ den senaste säkerhetskopian med Arkiv → Återställ från säkerhetskopia…; den skadade filen sparas då undan, den tas inte bort.</source>
        <translation>The file {name} is damaged: the check found {problems}. Restore the latest backup with File → Restore from backup…; the damaged file is then kept aside, not deleted.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status före</source>
        <translation>Previous status</translation>
    </message>
    <message>
        <source>Ny status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>{date}  försenad</source>
        <translation>{date}  delayed</translation>
    </message>
    <message>
        <source>Försenad: skulle ha varit klar {days} dagar före träffen.</source>
        <translation>Delayed: should have been done {days} days before the meeting.</translation>
    </message>
    <message>
        <source>{title}
Beslutad vid {meeting} ({date})</source>
        <translation>{title}
Agreed at {meeting} ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Öppna åtgärder från tidigare träffar. Välj åtgärd med ↑ ↓, sätt ny status med 1–5 och tryck Enter för att skriva en kommentar.</source>
        <translation>Open actions from earlier meetings. Choose an action with ↑ ↓, set the new status with 1–5 and press Enter to write a comment.</translation>
    </message>
    <message>
        <source>Ny status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Tangent {key}</source>
        <translation>Key {key}</translation>
    </message>
    <message>
        <source>Det finns inga öppna åtgärder från tidigare träffar.</source>
        <translation>There are no open actions from earlier meetings.</translation>
    </message>
    <message>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Vad sades om åtgärden? Enter sparar och går till nästa, Esc ångrar.</source>
        <translation>What was said about the action? Enter saves and moves to the next one, Esc cancels.</translation>
    </message>
    <message>
        <source>Tidigare uppföljningar · åtgärden beslutades vid {meeting}, {date}</source>
        <translation>Earlier follow-ups · the action was agreed at {meeting}, {date}</translation>
    </message>
    <message>
        <source>Inga tidigare uppföljningar · åtgärden beslutades vid {meeting}, {date}</source>
        <translation>No earlier follow-ups · the action was agreed at {meeting}, {date}</translation>
    </message>
    <message>
        <source>Uppföljning: {status}</source>
        <translation>Follow-up: {status}</translation>
    </message>
    <message>
        <source>Kommentar till uppföljning</source>
        <translation>Follow-up comment</translation>
    </message>
</context>
<context>
    <name>ForumPage</name>
    <message>
        <source>Forumet</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Det som gäller forumet över alla träffar. Ändringar sparas när du lämnar fältet (Tab) och kan ångras med Ctrl+Z.</source>
        <translation>What applies to the forum across all meetings. Changes are saved when you leave the field (Tab) and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Om forumet</source>
        <translation>About the forum</translation>
    </message>
    <message>
        <source>Kommun, region, närområde …</source>
        <translation>Municipality, region, local area …</translation>
    </message>
    <message>
        <source>Vad vill forumet uppnå för den enskilde?</source>
        <translation>What does the forum want to achieve for the individual?</translation>
    </message>
    <message>
        <source>Vilka som deltar, vad forumet arbetar med, hur ofta det träffas …</source>
        <translation>Who takes part, what the forum works on, how often it meets …</translation>
    </message>
    <message>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Gemensam målbild</source>
        <translation>&amp;Shared goal</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Ändra forumets namn</source>
        <translation>Rename forum</translation>
    </message>
    <message>
        <source>Ändra område</source>
        <translation>Edit area</translation>
    </message>
    <message>
        <source>Ändra gemensam målbild</source>
        <translation>Edit shared goal</translation>
    </message>
    <message>
        <source>Ändra beskrivning</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <source>Orsakskategorier i fiskbenet</source>
        <translation>Fishbone cause categories</translation>
    </message>
    <message>
        <source>Ny kategori …</source>
        <translation>New category …</translation>
    </message>
    <message>
        <source>F2 byter namn, Ctrl+↑/↓ flyttar, Delete tar bort. Orsaker i en borttagen kategori blir okategoriserade; Ctrl+Z ger tillbaka dem.</source>
        <translation>F2 renames, Ctrl+↑/↓ moves, Delete removes. Causes in a removed category become uncategorised; Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <source>1 orsak saknar kategori.</source>
        <translation>1 cause has no category.</translation>
    </message>
    <message>
        <source>{n} orsaker saknar kategori.</source>
        <translation>{n} causes have no category.</translation>
    </message>
    <message>
        <source>Ny orsakskategori</source>
        <translation>New cause category</translation>
    </message>
    <message>
        <source>Ta bort orsakskategori</source>
        <translation>Delete cause category</translation>
    </message>
    <message>
        <source>Flytta orsakskategori</source>
        <translation>Move cause category</translation>
    </message>
    <message>
        <source>träffar</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>öppna åtgärder</source>
        <translation>open actions</translation>
    </message>
    <message>
        <source>försenade åtgärder</source>
        <translation>delayed actions</translation>
    </message>
</context>
<context>
    <name>GapChoiceModel</name>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>GapDetails</name>
    <message>
        <source>slutenvård → hemmet</source>
        <translation>inpatient care → home</translation>
    </message>
    <message>
        <source>slutenvård → särskilt boende</source>
        <translation>inpatient care → care home</translation>
    </message>
    <message>
        <source>slutenvård → korttidsboende</source>
        <translation>inpatient care → short-term care</translation>
    </message>
    <message>
        <source>akutmottagning → hemmet</source>
        <translation>emergency department → home</translation>
    </message>
    <message>
        <source>hemmet → slutenvård</source>
        <translation>home → inpatient care</translation>
    </message>
    <message>
        <source>primärvård ↔ hemsjukvård</source>
        <translation>primary care ↔ home health care</translation>
    </message>
    <message>
        <source>psykiatri → kommunen</source>
        <translation>psychiatry → municipality</translation>
    </message>
    <message>
        <source>psykiatrisk öppenvård ↔ hemmet</source>
        <translation>outpatient psychiatry ↔ home</translation>
    </message>
    <message>
        <source>barn- och ungdomspsykiatri ↔ skola och socialtjänst</source>
        <translation>child and adolescent psychiatry ↔ school and social services</translation>
    </message>
    <message>
        <source>hemsjukvård → ASiH</source>
        <translation>home health care → ASiH (advanced home care)</translation>
    </message>
    <message>
        <source>Äldre multisjuka</source>
        <translation>Older people with multiple conditions</translation>
    </message>
    <message>
        <source>Demens</source>
        <translation>Dementia</translation>
    </message>
    <message>
        <source>Psykisk ohälsa</source>
        <translation>Mental ill health</translation>
    </message>
    <message>
        <source>LSS</source>
        <translation>LSS (disability support)</translation>
    </message>
    <message>
        <source>Barn och unga</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <source>Palliativ vård</source>
        <translation>Palliative care</translation>
    </message>
    <message>
        <source>Missbruk och beroende</source>
        <translation>Substance misuse and addiction</translation>
    </message>
    <message>
        <source>Beskriv ett verkligt fall utan namn, personnummer eller adress.</source>
        <translation>Describe a real case without names, personal identity numbers or addresses.</translation>
    </message>
    <message>
        <source>Avidentifierat fall: ingen får kunna kännas igen. Skriv ålder i intervall (t.ex. 80-årsåldern), inga namn, personnummer eller adresser.</source>
        <translation>Anonymised case: no one must be recognisable. Give age as a range (e.g. in their 80s), and no names, personal identity numbers or addresses.</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Vårdövergång</source>
        <translation>&amp;Care transition</translation>
    </message>
    <message>
        <source>&amp;Målgrupp</source>
        <translation>Target &amp;group</translation>
    </message>
    <message>
        <source>&amp;Organisationer</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Markera ett glapp i listan för att beskriva det.</source>
        <translation>Select a gap in the list to describe it.</translation>
    </message>
    <message>
        <source>Glapp {n}</source>
        <translation>Gap {n}</translation>
    </message>
    <message>
        <source>Ändra glappets titel</source>
        <translation>Edit gap title</translation>
    </message>
    <message>
        <source>Ändra beskrivning av fallet</source>
        <translation>Edit case description</translation>
    </message>
    <message>
        <source>Ändra vårdövergång</source>
        <translation>Change care transition</translation>
    </message>
    <message>
        <source>Ändra målgrupp</source>
        <translation>Change target group</translation>
    </message>
</context>
<context>
    <name>GapListModel</name>
    <message>
        <source>Ändra glappets titel</source>
        <translation>Edit gap title</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Vårdövergång</source>
        <translation>Care transition</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Glapp</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Vilka konkreta problem uppstår när ansvaret går mellan verksamheterna? Skriv glappets rubrik och tryck Enter; beskriv det sedan till höger.</source>
        <translation>What concrete problems arise when responsibility passes between services? Type the gap’s title and press Enter, then describe it on the right.</translation>
    </message>
    <message>
        <source>Nytt glapp: skriv en rubrik och tryck Enter</source>
        <translation>New gap: type a title and press Enter</translation>
    </message>
    <message>
        <source>Enter: spara glappet · F2: ändra rubriken i listan · Delete: ta bort markerat glapp · Ctrl+Z: ångra · Alt+N: tillbaka till inmatningen</source>
        <translation>Enter: save the gap · F2: edit the title in the list · Delete: remove the selected gap · Ctrl+Z: undo · Alt+N: back to the entry line</translation>
    </message>
    <message>
        <source>Nytt glapp</source>
        <translation>New gap</translation>
    </message>
    <message>
        <source>Ta bort glapp</source>
        <translation>Delete gap</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tryck på valfri tangent för att stänga.</source>
        <translation>Press any key to close.</translation>
    </message>
    <message>
        <source>Byt fas: Förberedelse … Avslutning</source>
        <translation>Go to step: Preparation … Closing</translation>
    </message>
    <message>
        <source>Spara raden i inmatningsfältet och börja på nästa</source>
        <translation>Save the line in the entry field and start the next one</translation>
    </message>
    <message>
        <source>Tillbaka till inmatningsfältet</source>
        <translation>Back to the entry line</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ny träff</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Exportera minnesanteckningar för träffen</source>
        <translation>Export the meeting&apos;s minutes</translation>
    </message>
    <message>
        <source>Sök i alla träffar</source>
        <translation>Search all meetings</translation>
    </message>
    <message>
        <source>Presentationsvy för projektorn (Esc stänger)</source>
        <translation>Presentation view for the projector (Esc closes)</translation>
    </message>
    <message>
        <source>Starta timer; Ctrl+Shift+T pausar</source>
        <translation>Start the timer; Ctrl+Shift+T pauses</translation>
    </message>
    <message>
        <source>Ta bort markerad rad (kan ångras)</source>
        <translation>Delete the selected row (can be undone)</translation>
    </message>
    <message>
        <source>Flytta markerad rad</source>
        <translation>Move the selected row</translation>
    </message>
    <message>
        <source>Redigera markerad cell</source>
        <translation>Edit the selected cell</translation>
    </message>
    <message>
        <source>Fler eller färre röster på markerat glapp eller orsak</source>
        <translation>More or fewer votes for the selected gap or cause</translation>
    </message>
    <message>
        <source>Visa kortkommandon</source>
        <translation>Show keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>MailDraft</name>
    <message>
        <source>ingen e-postadress</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>e-postadressen går inte att använda</source>
        <translation>the e-mail address cannot be used</translation>
    </message>
    <message>
        <source>e-postadressen har å, ä, ö eller andra specialtecken före @</source>
        <translation>the e-mail address has å, ä, ö or other special characters before the @</translation>
    </message>
    <message>
        <source>Hej!</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>Här kommer minnesanteckningarna från träffen i {forum} den {date}. De finns i det bifogade Word-dokumentet.</source>
        <translation>Here are the minutes of the {forum} meeting on {date}, in the attached Word document.</translation>
    </message>
    <message>
        <source>Åtgärder som vi kom överens om:</source>
        <translation>Actions we agreed on:</translation>
    </message>
    <message>
        <source>Inga nya åtgärder beslutades på träffen.</source>
        <translation>No new actions were agreed at the meeting.</translation>
    </message>
    <message>
        <source>ansvarig {owner}</source>
        <translation>owner {owner}</translation>
    </message>
    <message>
        <source>klart senast {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Hör gärna av dig om något behöver rättas eller kompletteras.</source>
        <translation>Please get in touch if anything needs correcting or adding.</translation>
    </message>
    <message>
        <source>Vänliga hälsningar</source>
        <translation>Kind regards</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Samsyn avslutades inte som vanligt förra gången. Filen har kontrollerats och är hel.</source>
        <translation>Samsyn did not close normally last time. The file has been checked and is whole.</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Sök i alla träffar…</source>
        <translation>Search all meetings…</translation>
    </message>
    <message>
        <source>&amp;Träff</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>Ny träff</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Det som hittades finns inte längre (borttaget sedan sökningen).</source>
        <translation>What was found is no longer there (deleted since the search).</translation>
    </message>
    <message>
        <source> (skrivskyddad)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>{forum} – Samsyn</source>
        <translation>{forum} – Samsyn</translation>
    </message>
</context>
<context>
    <name>MeetingRemoval</name>
    <message>
        <source>Ta bort träff…</source>
        <translation>Delete meeting…</translation>
    </message>
    <message>
        <source>Ta bort träff</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Ta bort träffen ”{title}” den {date}?</source>
        <translation>Delete the meeting “{title}” on {date}?</translation>
    </message>
    <message>
        <source>Allt som skrevs in på träffen tas bort med den: {contents}.</source>
        <translation>Everything entered at the meeting goes with it: {contents}.</translation>
    </message>
    <message>
        <source>Personerna finns kvar under Personer och organisationer.</source>
        <translation>The people stay under People and organisations.</translation>
    </message>
    <message>
        <source>Ta bort träffen</source>
        <translation>Delete the meeting</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>”{item}” togs bort.</source>
        <translation>“{item}” was deleted.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>{phase} (Ctrl+{n})</source>
        <translation>{phase} (Ctrl+{n})</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>1 träff</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>{n} träffar</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} organisationer</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>1 rad i en deltagarlista</source>
        <translation>1 line in an attendance list</translation>
    </message>
    <message>
        <source>{n} rader i deltagarlistor</source>
        <translation>{n} lines in attendance lists</translation>
    </message>
    <message>
        <source>1 samtalsledare</source>
        <translation>1 facilitator</translation>
    </message>
    <message>
        <source>{n} samtalsledare</source>
        <translation>{n} facilitators</translation>
    </message>
    <message>
        <source>1 dagordningspunkt</source>
        <translation>1 agenda item</translation>
    </message>
    <message>
        <source>{n} dagordningspunkter</source>
        <translation>{n} agenda items</translation>
    </message>
    <message>
        <source>1 glapp</source>
        <translation>1 gap</translation>
    </message>
    <message>
        <source>{n} glapp</source>
        <translation>{n} gaps</translation>
    </message>
    <message>
        <source>1 koppling mellan glapp och organisation</source>
        <translation>1 link between a gap and an organisation</translation>
    </message>
    <message>
        <source>{n} kopplingar mellan glapp och organisation</source>
        <translation>{n} links between gaps and organisations</translation>
    </message>
    <message>
        <source>1 orsakskategori</source>
        <translation>1 cause category</translation>
    </message>
    <message>
        <source>{n} orsakskategorier</source>
        <translation>{n} cause categories</translation>
    </message>
    <message>
        <source>1 orsak</source>
        <translation>1 cause</translation>
    </message>
    <message>
        <source>{n} orsaker</source>
        <translation>{n} causes</translation>
    </message>
    <message>
        <source>1 åtgärd</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>{n} åtgärder</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>1 uppföljning</source>
        <translation>1 follow-up</translation>
    </message>
    <message>
        <source>{n} uppföljningar</source>
        <translation>{n} follow-ups</translation>
    </message>
    <message>
        <source>1 anteckning</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{n} anteckningar</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{items} tillkom</source>
        <translation>{items} added</translation>
    </message>
    <message>
        <source>{items} ändrades</source>
        <translation>{items} changed</translation>
    </message>
    <message>
        <source>Borttaget i forumfilen men ändrat där efteråt, och därför kvar: {items}.</source>
        <translation>Deleted in the forum file but changed there afterwards, so kept: {items}.</translation>
    </message>
    <message>
        <source>Borttaget i forumfilen efter den senaste ändringen där, och därför fortfarande borttaget: {items}.</source>
        <translation>Deleted in the forum file after the last change there, so still deleted: {items}.</translation>
    </message>
    <message>
        <source>Nytt där men inte med, eftersom det hör till något som tagits bort i forumfilen: {items}.</source>
        <translation>New there but not taken in, as it belongs to something deleted in the forum file: {items}.</translation>
    </message>
    <message>
        <source>Forumfilens version var nyare och behölls: {items}.</source>
        <translation>The forum file&apos;s version was newer and was kept: {items}.</translation>
    </message>
    <message>
        <source>Skilde sig från JSON-filen men lämnades orört i forumfilen: {items}.</source>
        <translation>Differed from the JSON file but was left as it was in the forum file: {items}.</translation>
    </message>
    <message>
        <source>{items} togs bort</source>
        <translation>{items} removed</translation>
    </message>
    <message>
        <source>forumets uppgifter</source>
        <translation>the forum&apos;s details</translation>
    </message>
    <message>
        <source>Från {name}: {parts}.</source>
        <translation>From {name}: {parts}.</translation>
    </message>
    <message>
        <source>Från {name}: inget nytt.</source>
        <translation>From {name}: nothing new.</translation>
    </message>
    <message>
        <source>{items} och {last}</source>
        <translation>{items} and {last}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Ett oväntat fel inträffade ({error}). Inget har skrivits; detaljer finns i {log}.</source>
        <translation>An unexpected error occurred ({error}). Nothing has been written; details are in {log}.</translation>
    </message>
    <message>
        <source>Filen {name} finns inte. Kontrollera namnet och mappen.</source>
        <translation>The file {name} does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>Filen {name} finns redan. Välj ett annat namn; den befintliga filen har inte ändrats.</source>
        <translation>The file {name} already exists. Choose another name; the existing file has not been changed.</translation>
    </message>
    <message>
        <source>Filen {name} är tom (0 byte) och är ingen forumfil. Öppna en annan fil eller återställ en säkerhetskopia.</source>
        <translation>The file {name} is empty (0 bytes) and is not a forum file. Open another file or restore a backup.</translation>
    </message>
    <message>
        <source>Filen {name} är ingen Samsyn-fil. Öppna en forumfil (.samsyn) i stället.</source>
        <translation>The file {name} is not a Samsyn file. Open a forum file (.samsyn) instead.</translation>
    </message>
    <message>
        <source>Filen {name} är en databas från ett annat program, inte en Samsyn-fil. Öppna en forumfil (.samsyn) i stället.</source>
        <translation>The file {name} is a database from another program, not a Samsyn file. Open a forum file (.samsyn) instead.</translation>
    </message>
    <message>
        <source>Filen {name} är skadad och kan inte öppnas. Den har inte ändrats; återställ den senaste säkerhetskopian.</source>
        <translation>The file {name} is damaged and cannot be opened. It has not been changed; restore the latest backup.</translation>
    </message>
    <message>
        <source>Filen {name} är skapad med en nyare version av Samsyn. Uppdatera Samsyn för att öppna den; filen har inte ändrats.</source>
        <translation>The file {name} was created with a newer version of Samsyn. Update Samsyn to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>Filen {name} är öppnad skrivskyddad, så ändringen sparades inte. Öppna filen med skrivrätt för att ändra.</source>
        <translation>The file {name} is open read-only, so the change was not saved. Open the file with write access to make changes.</translation>
    </message>
    <message>
        <source>Filen {name} går inte att läsa. Kontrollera att du har behörighet till filen.</source>
        <translation>The file {name} cannot be read. Check that you have permission to read it.</translation>
    </message>
    <message>
        <source>{name} är en mapp, inte en fil. Ange namnet på en fil i mappen i stället, till exempel en forumfil (.samsyn).</source>
        <translation>{name} is a folder, not a file. Give the name of a file in the folder instead, for example a forum file (.samsyn).</translation>
    </message>
    <message>
        <source>Det gick inte att spara i {name}. Kontrollera att disken inte är full och att filen finns kvar, och försök igen.</source>
        <translation>Could not save in {name}. Check that the disk is not full and that the file is still there, and try again.</translation>
    </message>
    <message>
        <source>Ändringen stämmer inte med forumfilens regler och sparades inte.</source>
        <translation>The change does not fit the forum file&apos;s rules and was not saved.</translation>
    </message>
    <message>
        <source>Disken är full, så ändringen sparades inte i {name}. Det du skrev finns kvar: frigör utrymme och försök igen, eller spara en kopia på en annan disk (Arkiv → Spara en kopia…).</source>
        <translation>The disk is full, so the change was not saved in {name}. What you typed is still there: free some space and try again, or save a copy on another disk (File → Save a copy…).</translation>
    </message>
    <message>
        <source>Filen {name} har flyttats, bytt namn eller tagits bort medan den var öppen, så ändringen sparades inte. Spara en kopia med Arkiv → Spara en kopia… och öppna den.</source>
        <translation>The file {name} was moved, renamed or deleted while it was open, so the change was not saved. Save a copy with File → Save a copy… and open that.</translation>
    </message>
    <message>
        <source>Filen {name} är redan öppen för redigering i en annan Samsyn (dator och process: {detail}). Stäng den där först, eller öppna filen skrivskyddad.</source>
        <translation>The file {name} is already open for editing in another Samsyn (computer and process: {detail}). Close it there first, or open the file read-only.</translation>
    </message>
    <message>
        <source>ska vara ett objekt ({{…}}).</source>
        <translation>must be an object ({{…}}).</translation>
    </message>
    <message>
        <source>ska vara en lista ([…]).</source>
        <translation>must be a list ([…]).</translation>
    </message>
    <message>
        <source>ska vara en text inom citattecken.</source>
        <translation>must be text in quotation marks.</translation>
    </message>
    <message>
        <source>ska vara ett heltal.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>ska vara null.</source>
        <translation>must be null.</translation>
    </message>
    <message>
        <source>ska vara {expected}.</source>
        <translation>must be {expected}.</translation>
    </message>
    <message>
        <source>ska vara ett av värdena {allowed}.</source>
        <translation>must be one of the values {allowed}.</translation>
    </message>
    <message>
        <source>har ett värde som inte är tillåtet här.</source>
        <translation>has a value that is not allowed here.</translation>
    </message>
    <message>
        <source>får inte vara tomt.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>får inte bestå av bara blanksteg.</source>
        <translation>must not consist only of spaces.</translation>
    </message>
    <message>
        <source>ska vara ett UUID, till exempel 123e4567-e89b-42d3-a456-426614174000.</source>
        <translation>must be a UUID, for example 123e4567-e89b-42d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>ska vara ett giltigt datum i formen ÅÅÅÅ-MM-DD.</source>
        <translation>must be a valid date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ska vara en tid i formen TT:MM.</source>
        <translation>must be a time in the form HH:MM.</translation>
    </message>
    <message>
        <source>har fel form.</source>
        <translation>has the wrong format.</translation>
    </message>
    <message>
        <source>får inte vara mindre än {limit}.</source>
        <translation>must not be less than {limit}.</translation>
    </message>
    <message>
        <source>får inte vara större än {limit}.</source>
        <translation>must not be greater than {limit}.</translation>
    </message>
    <message>
        <source>innehåller ett tecken som inte är giltig Unicode; ta bort det.</source>
        <translation>contains a character that is not valid Unicode; remove it.</translation>
    </message>
    <message>
        <source>pekar på ett id som inte finns i filen; rätta id:t eller ta bort fältet.</source>
        <translation>points to an id that does not exist in the file; correct the id or remove the field.</translation>
    </message>
    <message>
        <source>pekar på {found}, som är fel sorts post för det här fältet.</source>
        <translation>points to {found}, which is the wrong kind of record for this field.</translation>
    </message>
    <message>
        <source>står redan tidigare i samma lista; ta bort dubbletten.</source>
        <translation>already appears earlier in the same list; remove the duplicate.</translation>
    </message>
    <message>
        <source>filen är större än {limit_mb} MB och kan inte vara ett forum.</source>
        <translation>the file is larger than {limit_mb} MB and cannot be a forum.</translation>
    </message>
    <message>
        <source>filen är inte UTF-8-text (fel vid byte {offset}); spara den som UTF-8.</source>
        <translation>the file is not UTF-8 text (error at byte {offset}); save it as UTF-8.</translation>
    </message>
    <message>
        <source>filen är för djupt nästlad för att läsas.</source>
        <translation>the file is nested too deeply to be read.</translation>
    </message>
    <message>
        <source>filen är inte giltig JSON (fel på rad {line}, tecken {column}); rätta den eller skriv den på nytt med samsyn dump.</source>
        <translation>the file is not valid JSON (error at line {line}, character {column}); correct it or write it again with samsyn dump.</translation>
    </message>
    <message>
        <source>Filen {name} stängdes inte ordentligt förra gången, och de sista ändringarna ligger i {name}-wal på en plats där Samsyn inte kan skriva. Kopiera båda filerna till en mapp där du kan skriva och öppna kopian.</source>
        <translation>The file {name} was not closed properly last time, and its last changes are in {name}-wal, in a place Samsyn cannot write to. Copy both files to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>saknas men måste finnas.</source>
        <translation>is missing but required.</translation>
    </message>
    <message>
        <source>finns inte i utbytesformatet; ta bort det.</source>
        <translation>is not part of the exchange format; remove it.</translation>
    </message>
    <message>
        <source>har nyckeln ”{key}” två gånger; ta bort den ena.</source>
        <translation>has the key “{key}” twice; remove one of them.</translation>
    </message>
    <message>
        <source>har samma id som {first}; varje id måste vara unikt.</source>
        <translation>has the same id as {first}; every id must be unique.</translation>
    </message>
    <message>
        <source>pekar på en orsak i ett annat glapp; en varför-orsak måste ligga i samma glapp.</source>
        <translation>points to a cause in another gap; a why-cause must be in the same gap.</translation>
    </message>
    <message>
        <source>gör att orsakerna pekar på varandra i en slinga; bryt slingan.</source>
        <translation>makes the causes point to each other in a loop; break the loop.</translation>
    </message>
    <message>
        <source>pekar på en orsak som inte hör till åtgärdens glapp; rätta gap_id eller cause_id.</source>
        <translation>points to a cause outside the action&apos;s gap; correct gap_id or cause_id.</translation>
    </message>
    <message>
        <source>filen är inte giltig JSON ({reason} finns inte i JSON); ange ett tal.</source>
        <translation>the file is not valid JSON ({reason} does not exist in JSON); give a number.</translation>
    </message>
    <message>
        <source>filen är tom; välj en utbytesfil som samsyn dump har skrivit.</source>
        <translation>the file is empty; choose an exchange file written by samsyn dump.</translation>
    </message>
    <message>
        <source>filen har ett tal som är för långt för att läsas; rätta talet.</source>
        <translation>the file has a number too long to read; correct the number.</translation>
    </message>
    <message>
        <source>det är en mapp; välj en utbytesfil (JSON).</source>
        <translation>it is a folder; choose an exchange file (JSON).</translation>
    </message>
    <message>
        <source>det är en forumfil, inte en utbytesfil (JSON); öppna den i Samsyn, eller skriv en utbytesfil av den med samsyn dump.</source>
        <translation>it is a forum file, not an exchange file (JSON); open it in Samsyn, or write an exchange file from it with samsyn dump.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” får inte vara tomt.</source>
        <translation>The field “{field}” must not be empty.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara text.</source>
        <translation>The field “{field}” must be text.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” innehåller ett tecken som inte är giltig Unicode.</source>
        <translation>The field “{field}” contains a character that is not valid Unicode.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara ett giltigt datum (ÅÅÅÅ-MM-DD).</source>
        <translation>The field “{field}” must be a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara en tid (TT:MM).</source>
        <translation>The field “{field}” must be a time (HH:MM).</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara ett heltal som är noll eller större.</source>
        <translation>The field “{field}” must be a whole number, zero or greater.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara ett antal minuter mellan 0 och 1440.</source>
        <translation>The field “{field}” must be a number of minutes between 0 and 1440.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara en fas mellan 0 och 8.</source>
        <translation>The field “{field}” must be a phase between 0 and 8.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” har ett värde som inte finns.</source>
        <translation>The field “{field}” has a value that does not exist.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” ska vara ett id (UUID).</source>
        <translation>The field “{field}” must be an id (UUID).</translation>
    </message>
    <message>
        <source>Fältet ”{field}” finns inte.</source>
        <translation>The field “{field}” does not exist.</translation>
    </message>
    <message>
        <source>Kategorin &quot;{detail}&quot; finns redan; välj ett annat namn.</source>
        <translation>The category &quot;{detail}&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>Organisationen ”{detail}” finns redan; välj ett annat namn.</source>
        <translation>The organisation “{detail}” already exists; choose another name.</translation>
    </message>
    <message>
        <source>En varför-orsak måste ligga i samma glapp som orsaken den fördjupar.</source>
        <translation>A why-cause must be in the same gap as the cause it digs into.</translation>
    </message>
    <message>
        <source>En orsak kan inte ligga under sig själv eller under sina egna varför-svar.</source>
        <translation>A cause cannot be placed under itself or under its own why-answers.</translation>
    </message>
    <message>
        <source>En orsak kan inte flyttas till ett annat glapp; lägg till den som ny orsak där.</source>
        <translation>A cause cannot be moved to another gap; add it as a new cause there.</translation>
    </message>
    <message>
        <source>Orsaken hör till ett annat glapp än åtgärden; välj en orsak i samma glapp.</source>
        <translation>The cause belongs to a different gap from the action; choose a cause in the same gap.</translation>
    </message>
    <message>
        <source>Träffen {detail} finns inte i forumet; ange latest eller ett träff-id som samsyn dump visar.</source>
        <translation>The meeting {detail} is not in the forum; give latest or a meeting id that samsyn dump shows.</translation>
    </message>
    <message>
        <source>{detail} är forumfilen själv och skrivs inte över; välj ett annat namn på utdatafilen.</source>
        <translation>{detail} is the forum file itself and is not overwritten; choose another name for the output file.</translation>
    </message>
    <message>
        <source>{detail} är en forumfil och skrivs inte över; välj ett annat namn på utdatafilen.</source>
        <translation>{detail} is a forum file and is not overwritten; choose another name for the output file.</translation>
    </message>
    <message>
        <source>Inget slogs samman: {detail} hör till ett annat forum. Slå bara samman kopior av samma forumfil (en grupp börjar från en kopia av forumet).</source>
        <translation>Nothing was merged: {detail} belongs to another forum. Merge only copies of the same forum file (a group starts from a copy of the forum).</translation>
    </message>
    <message>
        <source>Inget slogs samman: {detail} är forumfilen själv. Välj de andra gruppernas filer.</source>
        <translation>Nothing was merged: {detail} is the forum file itself. Choose the other groups&apos; files.</translation>
    </message>
    <message>
        <source>{detail} kunde inte slås samman: ändringarna går inte ihop (till exempel två orsaker som flyttats under varandra). Inget har ändrats; rätta i en av filerna och försök igen.</source>
        <translation>{detail} could not be merged: the changes do not fit together (for example two causes moved under each other). Nothing was changed; correct one of the files and try again.</translation>
    </message>
    <message>
        <source>Forumet har inga träffar ännu; lägg till en träff och försök igen.</source>
        <translation>The forum has no meetings yet; add a meeting and try again.</translation>
    </message>
    <message>
        <source>Ange ett filnamn efter --out.</source>
        <translation>Give a file name after --out.</translation>
    </message>
    <message>
        <source>Filnamnet är tomt. Ange forumfilens namn, till exempel Forum.samsyn.</source>
        <translation>The file name is empty. Give the forum file&apos;s name, for example Forum.samsyn.</translation>
    </message>
    <message>
        <source>Minnesanteckningarna blir en Word-fil, så namnet ska sluta på .docx, till exempel {detail}.</source>
        <translation>The minutes are a Word file, so the name must end in .docx, for example {detail}.</translation>
    </message>
    <message>
        <source>Utbytesfilen blir JSON, så namnet ska sluta på .json, till exempel {detail}.</source>
        <translation>The exchange file is JSON, so the name must end in .json, for example {detail}.</translation>
    </message>
    <message>
        <source>En forumfils namn ska sluta på .samsyn, till exempel {detail}.</source>
        <translation>A forum file&apos;s name must end in .samsyn, for example {detail}.</translation>
    </message>
    <message>
        <source>Ange ett träff-id eller latest efter --meeting.</source>
        <translation>Give a meeting id or latest after --meeting.</translation>
    </message>
    <message>
        <source>Det som ändringen gäller finns inte längre ({entity}); det kan ha tagits bort.</source>
        <translation>What the change applies to no longer exists ({entity}); it may have been deleted.</translation>
    </message>
    <message>
        <source>Integritetskontrollen hittade ett person- eller samordningsnummer (se listan); ta bort det och försök igen, eller ange --allow-sensitive om det ska vara med.</source>
        <translation>The privacy check found a personal identity or coordination number (see the list); remove it and try again, or give --allow-sensitive if it is to be included.</translation>
    </message>
    <message>
        <source>Integritetskontrollen hittade {n} person- eller samordningsnummer (se listan); ta bort dem och försök igen, eller ange --allow-sensitive om de ska vara med.</source>
        <translation>The privacy check found {n} personal identity or coordination numbers (see the list); remove them and try again, or give --allow-sensitive if they are to be included.</translation>
    </message>
    <message>
        <source>{name}: {where} {problem}</source>
        <translation>{name}: {where} {problem}</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: mappen finns inte. Välj en mapp som finns och försök igen.</source>
        <translation>Could not write {name}: the folder does not exist. Choose a folder that exists and try again.</translation>
    </message>
    <message>
        <source>Fältet ”{field}” har ett datum som inte finns i kalendern. Kontrollera dagen och månaden.</source>
        <translation>The field “{field}” has a date that is not in the calendar. Check the day and the month.</translation>
    </message>
    <message>
        <source>E-postutkastet sparas som e-postfil, så namnet ska sluta på .eml, till exempel {detail}.</source>
        <translation>The e-mail draft is saved as an e-mail file, so the name must end in .eml, for example {detail}.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: det är en mapp. Ange ett filnamn och försök igen.</source>
        <translation>Could not write {name}: it is a folder. Give a file name and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: filen är låst av ett annat program eller så saknas skrivrätt. Stäng programmet som har filen öppen, eller välj en annan plats, och försök igen.</source>
        <translation>Could not write {name}: the file is locked by another program or you may not write to it. Close the program that has the file open, or choose another place, and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: du har inte skrivrätt där. Välj en annan mapp, till exempel Dokument, och försök igen.</source>
        <translation>Could not write {name}: you do not have permission to write there. Choose another folder, for example Documents, and try again.</translation>
    </message>
    <message>
        <source>Det går inte att ändra {name} där den ligger: du har inte skrivrätt till filen eller mappen (den kan till exempel ligga på ett skrivskyddat usb-minne). Kopiera filen till en mapp där du kan skriva och försök igen.</source>
        <translation>{name} cannot be changed where it is: you do not have permission to write to the file or its folder (it may be on a write-protected USB stick, for example). Copy the file to a folder you can write to and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: disken är skrivskyddad. Välj en annan plats och försök igen.</source>
        <translation>Could not write {name}: the disk is read-only. Choose another place and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: disken är full. Frigör utrymme eller välj en annan disk, och försök igen.</source>
        <translation>Could not write {name}: the disk is full. Free some space or choose another disk, and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: namnet är för långt. Välj ett kortare namn eller en mapp högre upp, och försök igen.</source>
        <translation>Could not write {name}: the name is too long. Choose a shorter name or a folder higher up, and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: namnet har tecken som inte är tillåtna där. Välj ett annat namn och försök igen.</source>
        <translation>Could not write {name}: the name has characters that are not allowed there. Choose another name and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name}: det går inte att skapa filer i den mappen. Välj en annan mapp och försök igen.</source>
        <translation>Could not write {name}: files cannot be created in that folder. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva {name} på grund av ett fel i systemet. Välj en annan plats och försök igen.</source>
        <translation>Could not write {name} because of a system error. Choose another place and try again.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>innehållet</source>
        <translation>the content</translation>
    </message>
    <message>
        <source>fältet ”{key}”</source>
        <translation>the field “{key}”</translation>
    </message>
    <message>
        <source>”{key}”</source>
        <translation>“{key}”</translation>
    </message>
    <message>
        <source>”{key}” nr {number}</source>
        <translation>“{key}” no. {number}</translation>
    </message>
    <message>
        <source>nr {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <source>{part} i {whole}</source>
        <translation>{part} in {whole}</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minnesanteckningar</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minnesanteckningar – {forum} – {date}</source>
        <translation>Minutes – {forum} – {date}</translation>
    </message>
    <message>
        <source>Minnesanteckningar {forum} {date}</source>
        <translation>Minutes {forum} {date}</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Träff {number}: {title}</source>
        <translation>Meeting {number}: {title}</translation>
    </message>
    <message>
        <source>Träff {number}</source>
        <translation>Meeting {number}</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Antecknat av</source>
        <translation>Notes taken by</translation>
    </message>
    <message>
        <source>Samtalsledare</source>
        <translation>Facilitated by</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Anmält förhinder</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Utan organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Uppföljning av åtgärder</source>
        <translation>Follow-up of actions</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Glappen står i röstordning, med de nummer de fick på träffen.</source>
        <translation>The gaps are listed by votes, with the numbers they were given at the meeting.</translation>
    </message>
    <message>
        <source>1 röst</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{votes} röster</source>
        <translation>{votes} votes</translation>
    </message>
    <message>
        <source>Vårdövergång</source>
        <translation>Care transition</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Berörda organisationer</source>
        <translation>Organisations involved</translation>
    </message>
    <message>
        <source>Orsaker</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Nr {number}: {title}</source>
        <translation>No. {number}: {title}</translation>
    </message>
    <message>
        <source>Åtgärdslista</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>Mått</source>
        <translation>Success measure</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Parkerade frågor</source>
        <translation>Parked questions</translation>
    </message>
    <message>
        <source>Övriga frågor</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <source>Nästa träff</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Sida {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Minnesanteckningarna kan bli allmän handling. De innehåller inga uppgifter om enskilda klienter eller patienter.</source>
        <translation>These minutes may become a public record. They contain no information about individual clients or patients.</translation>
    </message>
    <message>
        <source>Minnesanteckningarna kan bli allmän handling.</source>
        <translation>These minutes may become a public record.</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>&amp;Exportera minnesanteckningar…</source>
        <translation>&amp;Export minutes…</translation>
    </message>
    <message>
        <source>Skicka &amp;till deltagare…</source>
        <translation>Send &amp;to participants…</translation>
    </message>
    <message>
        <source>Exportera minnesanteckningar</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Minnesanteckningarna sparades i {path}.</source>
        <translation>The minutes were saved in {path}.</translation>
    </message>
    <message>
        <source>Samsyn</source>
        <translation>Samsyn</translation>
    </message>
</context>
<context>
    <name>MinutesBar</name>
    <message>
        <source>Minnesanteckningar</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Språk i dokumentet och e-postmeddelandet</source>
        <translation>Language of the document and the e-mail</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Exportera minnesanteckningar…</source>
        <translation>Export minutes…</translation>
    </message>
    <message>
        <source>Spara träffens minnesanteckningar som Word-dokument (Ctrl+E)</source>
        <translation>Save the meeting&apos;s minutes as a Word document (Ctrl+E)</translation>
    </message>
    <message>
        <source>Skicka till deltagare…</source>
        <translation>Send to participants…</translation>
    </message>
    <message>
        <source>Öppna ett e-postutkast till deltagarna med minnesanteckningarna bifogade</source>
        <translation>Open an e-mail draft to the participants with the minutes attached</translation>
    </message>
</context>
<context>
    <name>MinutesTable</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Namn och titel</source>
        <translation>Name and title</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Inledning</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Vilka är här, vad vi vill uppnå tillsammans och hur vi skriver.</source>
        <translation>Who is here, what we want to achieve together and how we write things down.</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Markera vald person som {status} (tangent {key})</source>
        <translation>Mark the selected person as {status} (key {key})</translation>
    </message>
    <message>
        <source>Tryck N, F, U eller I på en markerad rad; markören går vidare till nästa person. Markera flera med Skift eller Ctrl. Delete tar bort personen från träffens lista.</source>
        <translation>Press N, F, U or I on a selected row; the cursor moves on to the next person. Select several with Shift or Ctrl. Delete removes the person from the meeting’s list.</translation>
    </message>
    <message>
        <source>Deltagare som kommer utan att stå på listan</source>
        <translation>Participants who arrive without being on the list</translation>
    </message>
    <message>
        <source>Grundregel: inga personuppgifter</source>
        <translation>Ground rule: no personal data</translation>
    </message>
    <message>
        <source>Ingen patient eller brukare ska kunna kännas igen i det vi skriver. Skriv inga namn, personnummer eller adresser, och ange ålder i spann, till exempel 80–90 år. Tänk på att även en kombination av uppgifter, som ort, ålder och diagnos, kan avslöja vem det gäller.</source>
        <translation>No patient or service user should be recognisable from what we write. Write no names, personal identity numbers or addresses, and give age as a range, for example 80–90 years. Remember that even a combination of details, such as place, age and diagnosis, can reveal who it is about.</translation>
    </message>
    <message>
        <source>Gemensam målbild</source>
        <translation>Shared goal</translation>
    </message>
    <message>
        <source>Vad vill forumet uppnå tillsammans?</source>
        <translation>What does the forum want to achieve together?</translation>
    </message>
    <message>
        <source>Forumets målbild, samma för alla träffar. Sparas när du lämnar fältet.</source>
        <translation>The forum’s goal, the same for all meetings. Saved when you leave the field.</translation>
    </message>
    <message>
        <source>Målbilden gäller hela forumet och sparas när du lämnar fältet.</source>
        <translation>The goal applies to the whole forum and is saved when you leave the field.</translation>
    </message>
    <message>
        <source>Syftet med träffen</source>
        <translation>Purpose of the meeting</translation>
    </message>
    <message>
        <source>Ändras under Förberedelse (Ctrl+1).</source>
        <translation>Changed under Preparation (Ctrl+1).</translation>
    </message>
    <message>
        <source>{n} närvarande</source>
        <translation>{n} present</translation>
    </message>
    <message>
        <source>{n} anmält förhinder</source>
        <translation>{n} excused</translation>
    </message>
    <message>
        <source>{n} frånvarande</source>
        <translation>{n} absent</translation>
    </message>
    <message>
        <source>{n} inbjuden</source>
        <translation>{n} invited</translation>
    </message>
    <message>
        <source>{n} inbjudna</source>
        <translation>{n} invited</translation>
    </message>
    <message>
        <source>{n} ej inbjuden</source>
        <translation>{n} not invited</translation>
    </message>
    <message>
        <source>{n} ej inbjudna</source>
        <translation>{n} not invited</translation>
    </message>
    <message>
        <source>Inget syfte är skrivet ännu.</source>
        <translation>No purpose has been written yet.</translation>
    </message>
    <message>
        <source>Ändra gemensam målbild</source>
        <translation>Edit shared goal</translation>
    </message>
    <message>
        <source>Ej inbjuden</source>
        <translation>Not invited</translation>
    </message>
    <message>
        <source>Närvaro för {n} personer: {status}</source>
        <translation>Attendance for {n} people: {status}</translation>
    </message>
    <message>
        <source>Ta bort {name} från träffen</source>
        <translation>Remove {name} from the meeting</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>OrganisationCheckModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Lägg till organisation på glappet</source>
        <translation>Add organisation to the gap</translation>
    </message>
    <message>
        <source>Ta bort organisation från glappet</source>
        <translation>Remove organisation from the gap</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Förening</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(ej angiven)</source>
        <translation>(not specified)</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ändra organisation</source>
        <translation>Edit organisation</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ändra person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>{reason} – minnesanteckningarna kan inte skickas dit.</source>
        <translation>{reason} – the minutes cannot be sent there.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Personer och organisationer</source>
        <translation>People and organisations</translation>
    </message>
    <message>
        <source>Skriv ett namn och tryck Enter för att lägga till. I tabellen: F2 eller dubbelklick redigerar, Delete tar bort, Ctrl+Z ångrar.</source>
        <translation>Type a name and press Enter to add. In the table: F2 or double-click edits, Delete removes, Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Deltagarnas namn och kontaktuppgifter är personuppgifter. Spara bara det forumet behöver, och ta bort personer som inte längre deltar.</source>
        <translation>Participants’ names and contact details are personal data. Keep only what the forum needs, and remove people who no longer take part.</translation>
    </message>
    <message>
        <source>(ingen organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Ny person: namn …</source>
        <translation>New person: name …</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ny organisation: namn …</source>
        <translation>New organisation: name …</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Det finns nu {n} personer som heter ”{name}”. Om det är samma person kan du ta bort den nya.</source>
        <translation>There are now {n} people called “{name}”. If it is the same person, you can delete the new one.</translation>
    </message>
    <message>
        <source>Organisationen ”{name}” finns redan och är markerad i listan. Välj ett annat namn för en ny organisation.</source>
        <translation>The organisation “{name}” already exists and is selected in the list. Choose another name for a new organisation.</translation>
    </message>
    <message>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Ta bort person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Ta bort organisation</source>
        <translation>Delete organisation</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Skriv en del av namnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Lägg till (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>”{name}” finns inte bland personerna. Lägga till som ny person?</source>
        <translation>“{name}” is not among the people. Add as a new person?</translation>
    </message>
    <message>
        <source>{count} personer passar. Skriv mer av namnet eller välj med ↓.</source>
        <translation>{count} people match. Type more of the name or choose with ↓.</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Förberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Inledning</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Prioritera</source>
        <translation>Prioritise</translation>
    </message>
    <message>
        <source>Orsaker</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Avslutning</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Sluttiden är inte senare än starttiden – stämmer tiderna?</source>
        <translation>The end time is not later than the start time – are the times right?</translation>
    </message>
    <message>
        <source>Förberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Träffens uppgifter och dagordning. Allt sparas när du trycker Enter eller lämnar fältet, och kan ångras med Ctrl+Z.</source>
        <translation>The meeting’s details and agenda. Everything is saved when you press Enter or leave the field, and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Träffen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Vad ska träffen leda till?</source>
        <translation>What should the meeting lead to?</translation>
    </message>
    <message>
        <source>Enter ger en ny rad; Ctrl+Enter eller Tab sparar och går vidare.</source>
        <translation>Enter starts a new line; Ctrl+Enter or Tab saves and moves on.</translation>
    </message>
    <message>
        <source>– ingen vald –</source>
        <translation>– none chosen –</translation>
    </message>
    <message>
        <source>Tit&amp;el</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Dat&amp;um</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>T&amp;id</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>S&amp;yfte</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Sa&amp;mtalsledare</source>
        <translation>F&amp;acilitators</translation>
    </message>
    <message>
        <source>Antec&amp;knare</source>
        <translation>Note-ta&amp;ker</translation>
    </message>
    <message>
        <source>Visas överst i minnesanteckningarna</source>
        <translation>Shown at the top of the minutes</translation>
    </message>
    <message>
        <source>Ändra titel</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Ändra datum</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Ändra starttid</source>
        <translation>Change start time</translation>
    </message>
    <message>
        <source>Ändra sluttid</source>
        <translation>Change end time</translation>
    </message>
    <message>
        <source>Ändra plats</source>
        <translation>Change location</translation>
    </message>
    <message>
        <source>Ändra syfte</source>
        <translation>Edit purpose</translation>
    </message>
    <message>
        <source>Ändra antecknare</source>
        <translation>Change note-taker</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Ny punkt, t.ex. ”Välkommen och presentation 15 min” – Enter</source>
        <translation>New item, e.g. “Welcome and introductions 15 min” – Enter</translation>
    </message>
    <message>
        <source>Enter eller F2 ändrar cellen · Ctrl+↑/↓ eller dra flyttar punkten · Delete tar bort (Ctrl+Z ångrar)</source>
        <translation>Enter or F2 edits the cell · Ctrl+↑/↓ or drag moves the item · Delete removes (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Summa {total} min</source>
        <translation>Total {total} min</translation>
    </message>
    <message>
        <source>Summa {total} min – {over} min mer än träffens {length} min</source>
        <translation>Total {total} min – {over} min more than the meeting’s {length} min</translation>
    </message>
    <message>
        <source>Summa {total} min av {length} min</source>
        <translation>Total {total} min of {length} min</translation>
    </message>
    <message>
        <source>Ny dagordningspunkt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Ta bort dagordningspunkt</source>
        <translation>Delete agenda item</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>[dolt]</source>
        <translation>[hidden]</translation>
    </message>
    <message>
        <source>… och {n} till</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Träffen</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Vårt gemensamma mål</source>
        <translation>Our shared goal</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Åtgärder att följa upp</source>
        <translation>Actions to follow up</translation>
    </message>
    <message>
        <source>Glapp i röstordning</source>
        <translation>Gaps in order of votes</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Parkerade frågor</source>
        <translation>Parked questions</translation>
    </message>
    <message>
        <source>Övriga frågor</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>Nästa träff</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Ingen dagordning ännu.</source>
        <translation>No agenda yet.</translation>
    </message>
    <message>
        <source>Ingen närvaro eller gemensamt mål ännu.</source>
        <translation>No attendance or shared goal yet.</translation>
    </message>
    <message>
        <source>Inga öppna åtgärder från tidigare träffar.</source>
        <translation>No open actions from earlier meetings.</translation>
    </message>
    <message>
        <source>Inga glapp ännu.</source>
        <translation>No gaps yet.</translation>
    </message>
    <message>
        <source>Inga glapp att prioritera ännu.</source>
        <translation>No gaps to prioritise yet.</translation>
    </message>
    <message>
        <source>Inga orsaker ännu.</source>
        <translation>No causes yet.</translation>
    </message>
    <message>
        <source>Inga åtgärder ännu.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>Inga beslut eller nästa träff ännu.</source>
        <translation>No decisions or next meeting yet.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Samsyn – presentation</source>
        <translation>Samsyn – presentation</translation>
    </message>
    <message>
        <source>Ingen träff vald.</source>
        <translation>No meeting chosen.</translation>
    </message>
</context>
<context>
    <name>PrioritiseModel</name>
    <message>
        <source>Ändra röster</source>
        <translation>Change votes</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Röster</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Vidare till orsaksanalys</source>
        <translation>To cause analysis</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Löst</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Parkerat</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Inte vidare</source>
        <translation>Not taken further</translation>
    </message>
</context>
<context>
    <name>PrioritisePage</name>
    <message>
        <source>Prioritera</source>
        <translation>Prioritise</translation>
    </message>
    <message>
        <source>Räkna prickarna på varje glapp och skriv antalet. Markera sedan de glapp som går vidare till orsaksanalys.</source>
        <translation>Count the dots on each gap and enter the number. Then mark the gaps that go on to cause analysis.</translation>
    </message>
    <message>
        <source>Siffror + Enter: antal röster · + / −: en röst mer eller mindre · S: sortera efter röster · Mellanslag: vidare till orsaksanalys · F2: ändra i rutan · Delete: ta bort glappet · Ctrl+Z: ångra</source>
        <translation>Digits + Enter: number of votes · + / −: one vote more or fewer · S: sort by votes · Space: to cause analysis · F2: edit in the cell · Delete: remove the gap · Ctrl+Z: undo</translation>
    </message>
    <message>
        <source>Ta bort glapp</source>
        <translation>Delete gap</translation>
    </message>
    <message>
        <source>Glapp {n}: {votes} röster – Enter sparar, Esc avbryter</source>
        <translation>Gap {n}: {votes} votes – Enter saves, Esc cancels</translation>
    </message>
    <message>
        <source>Prickar per deltagare: &lt;b&gt;{dots}&lt;/b&gt; &amp;nbsp;({gaps} glapp ÷ 3, avrundat uppåt) &amp;nbsp;·&amp;nbsp; Röster totalt: &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Vidare till orsaksanalys: &lt;b&gt;{chosen}&lt;/b&gt;</source>
        <translation>Dots per participant: &lt;b&gt;{dots}&lt;/b&gt; &amp;nbsp;({gaps} gaps ÷ 3, rounded up) &amp;nbsp;·&amp;nbsp; Total votes: &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; To cause analysis: &lt;b&gt;{chosen}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Träff {date} ({title})</source>
        <translation>Meeting {date} ({title})</translation>
    </message>
    <message>
        <source>Träff {date}</source>
        <translation>Meeting {date}</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>”{item}”</source>
        <translation>“{item}”</translation>
    </message>
    <message>
        <source>{location}: {kind} {number}</source>
        <translation>{location}: {kind} {number}</translation>
    </message>
    <message>
        <source>Förberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Orsaker</source>
        <translation>Root causes</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Avslutning</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Forumet</source>
        <translation>The forum</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Orsakskategorier</source>
        <translation>Cause categories</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nästa träff, anteckningar</source>
        <translation>Next meeting, notes</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Parkerad fråga</source>
        <translation>Parked question</translation>
    </message>
    <message>
        <source>Övrig fråga</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <source>samordningsnummer</source>
        <translation>coordination number</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Integritetskontroll</source>
        <translation>Privacy check</translation>
    </message>
    <message>
        <source>Texten innehåller ett person- eller samordningsnummer. Minnesanteckningarna kan bli en allmän handling som vem som helst kan begära ut, så numret bör tas bort innan de lämnar Samsyn.</source>
        <translation>The text contains a personal identity or coordination number. The minutes may become a public record that anyone can request, so the number should be removed before they leave Samsyn.</translation>
    </message>
    <message>
        <source>Texten innehåller {n} person- eller samordningsnummer. Minnesanteckningarna kan bli en allmän handling som vem som helst kan begära ut, så numren bör tas bort innan de lämnar Samsyn.</source>
        <translation>The text contains {n} personal identity or coordination numbers. The minutes may become a public record that anyone can request, so the numbers should be removed before they leave Samsyn.</translation>
    </message>
    <message>
        <source>Dubbelklicka för att gå dit och rätta</source>
        <translation>Double-click to go there and correct it</translation>
    </message>
    <message>
        <source>Välj ett nummer för att se var det står i fönstret bakom. Gå till stänger rutan så att du kan rätta texten; då skapas inget dokument.</source>
        <translation>Choose a number to see where it is in the window behind. Go to closes this box so that you can correct the text; no document is made then.</translation>
    </message>
    <message>
        <source>Jag har kontrollerat att numret får finnas med i minnesanteckningarna</source>
        <translation>I have checked that the number may be included in the minutes</translation>
    </message>
    <message>
        <source>Jag har kontrollerat att numren får finnas med i minnesanteckningarna</source>
        <translation>I have checked that the numbers may appear in the minutes</translation>
    </message>
    <message>
        <source>Gå till</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>Skicka ändå</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Exportera ändå</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>filen är öppen för redigering i en annan Samsyn ({holder}).</source>
        <translation>the file is open for editing in another Samsyn ({holder}).</translation>
    </message>
    <message>
        <source>du har inte skrivrätt till filen eller till mappen den ligger i.</source>
        <translation>you may not write to the file or to its folder.</translation>
    </message>
    <message>
        <source>filen öppnades skrivskyddad.</source>
        <translation>the file was opened read-only.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Skrivskyddad:&lt;/b&gt; {reason} Ändringar sparas inte.</source>
        <translation>&lt;b&gt;Read-only:&lt;/b&gt; {reason} Changes are not saved.</translation>
    </message>
    <message>
        <source>Försök öppna för redigering</source>
        <translation>Try to open for editing</translation>
    </message>
    <message>
        <source>Öppnar filen igen med skrivrätt, om ingen annan har den öppen längre</source>
        <translation>Opens the file again for editing, if nobody else has it open any more</translation>
    </message>
</context>
<context>
    <name>RefusedMark</name>
    <message>
        <source>Inte sparat: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Åtgärdsregister {forum} {date}</source>
        <translation>Action register {forum} {date}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Senast uppföljd</source>
        <translation>Last followed up</translation>
    </message>
    <message>
        <source>Ändra status på åtgärd</source>
        <translation>Change action status</translation>
    </message>
    <message>
        <source>Försenad: datumet har passerat och åtgärden är inte klar.</source>
        <translation>Delayed: the due date has passed and the action is not done.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Åtgärdsregister</source>
        <translation>Action register</translation>
    </message>
    <message>
        <source>Alla åtgärder från forumets träffar. Enter eller dubbelklick öppnar träffen där åtgärden beslutades; F2 ändrar status. Försenade åtgärder är markerade i rött.</source>
        <translation>All actions from the forum’s meetings. Enter or double-click opens the meeting where the action was agreed; F2 changes the status. Delayed actions are marked in red.</translation>
    </message>
    <message>
        <source>Sök i åtgärder, glapp, ansvariga …</source>
        <translation>Search actions, gaps, owners …</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Öppna (ej klara)</source>
        <translation>Open (not done)</translation>
    </message>
    <message>
        <source>Alla ansvariga</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Bara &amp;försenade</source>
        <translation>Only &amp;delayed</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>A&amp;nsvarig</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Sparar de åtgärder som visas, i den ordning de visas, som Excel eller CSV</source>
        <translation>Saves the actions shown, in the order shown, as Excel or CSV</translation>
    </message>
    <message>
        <source>Visar {shown} av {total} åtgärder</source>
        <translation>Showing {shown} of {total} actions</translation>
    </message>
    <message>
        <source>{n} försenade</source>
        <translation>{n} delayed</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semikolonavgränsad (*.csv)</source>
        <translation>CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <source>Exportera åtgärdsregistret</source>
        <translation>Export the action register</translation>
    </message>
    <message>
        <source>Exporterade 1 åtgärd till {name}.</source>
        <translation>Exported 1 action to {name}.</translation>
    </message>
    <message>
        <source>Exporterade {count} åtgärder till {name}.</source>
        <translation>Exported {count} actions to {name}.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Personen togs bort från deltagarlistan på 1 träff.</source>
        <translation>The person was taken off the attendance list of 1 meeting.</translation>
    </message>
    <message>
        <source>Personen togs bort från deltagarlistan på {n} träffar.</source>
        <translation>The person was taken off the attendance lists of {n} meetings.</translation>
    </message>
    <message>
        <source>Personen togs bort som samtalsledare på 1 träff.</source>
        <translation>The person was taken off as facilitator of 1 meeting.</translation>
    </message>
    <message>
        <source>Personen togs bort som samtalsledare på {n} träffar.</source>
        <translation>The person was taken off as facilitator of {n} meetings.</translation>
    </message>
    <message>
        <source>1 glapp är inte längre kopplat till organisationen.</source>
        <translation>1 gap is no longer linked to the organisation.</translation>
    </message>
    <message>
        <source>{n} glapp är inte längre kopplade till organisationen.</source>
        <translation>{n} gaps are no longer linked to the organisation.</translation>
    </message>
    <message>
        <source>1 orsak togs bort med glappet.</source>
        <translation>1 cause was deleted with the gap.</translation>
    </message>
    <message>
        <source>{n} orsaker togs bort med glappet.</source>
        <translation>{n} causes were deleted with the gap.</translation>
    </message>
    <message>
        <source>1 underliggande orsak togs också bort.</source>
        <translation>1 underlying cause was deleted too.</translation>
    </message>
    <message>
        <source>{n} underliggande orsaker togs också bort.</source>
        <translation>{n} underlying causes were deleted too.</translation>
    </message>
    <message>
        <source>1 uppföljning av åtgärden togs också bort.</source>
        <translation>1 follow-up of the action was deleted too.</translation>
    </message>
    <message>
        <source>{n} uppföljningar av åtgärden togs också bort.</source>
        <translation>{n} follow-ups of the action were deleted too.</translation>
    </message>
    <message>
        <source>1 åtgärd saknar nu ansvarig.</source>
        <translation>1 action now has no owner.</translation>
    </message>
    <message>
        <source>{n} åtgärder saknar nu ansvarig.</source>
        <translation>{n} actions now have no owner.</translation>
    </message>
    <message>
        <source>1 åtgärd saknar nu organisation.</source>
        <translation>1 action now has no organisation.</translation>
    </message>
    <message>
        <source>{n} åtgärder saknar nu organisation.</source>
        <translation>{n} actions now have no organisation.</translation>
    </message>
    <message>
        <source>1 åtgärd hör inte längre till något glapp.</source>
        <translation>1 action no longer belongs to a gap.</translation>
    </message>
    <message>
        <source>{n} åtgärder hör inte längre till något glapp.</source>
        <translation>{n} actions no longer belong to a gap.</translation>
    </message>
    <message>
        <source>1 åtgärd hör inte längre till någon orsak.</source>
        <translation>1 action no longer belongs to a cause.</translation>
    </message>
    <message>
        <source>{n} åtgärder hör inte längre till någon orsak.</source>
        <translation>{n} actions no longer belong to a cause.</translation>
    </message>
    <message>
        <source>1 person saknar nu organisation.</source>
        <translation>1 person now has no organisation.</translation>
    </message>
    <message>
        <source>{n} personer saknar nu organisation.</source>
        <translation>{n} people now have no organisation.</translation>
    </message>
    <message>
        <source>1 träff saknar nu antecknare.</source>
        <translation>1 meeting now has no note-taker.</translation>
    </message>
    <message>
        <source>{n} träffar saknar nu antecknare.</source>
        <translation>{n} meetings now have no note-taker.</translation>
    </message>
    <message>
        <source>1 orsak saknar nu kategori.</source>
        <translation>1 cause now has no category.</translation>
    </message>
    <message>
        <source>{n} orsaker saknar nu kategori.</source>
        <translation>{n} causes now have no category.</translation>
    </message>
    <message>
        <source>1 dagordningspunkt</source>
        <translation>1 agenda item</translation>
    </message>
    <message>
        <source>{n} dagordningspunkter</source>
        <translation>{n} agenda items</translation>
    </message>
    <message>
        <source>1 person på deltagarlistan</source>
        <translation>1 person on the attendance list</translation>
    </message>
    <message>
        <source>{n} personer på deltagarlistan</source>
        <translation>{n} people on the attendance list</translation>
    </message>
    <message>
        <source>1 samtalsledare</source>
        <translation>1 facilitator</translation>
    </message>
    <message>
        <source>{n} samtalsledare</source>
        <translation>{n} facilitators</translation>
    </message>
    <message>
        <source>1 glapp</source>
        <translation>1 gap</translation>
    </message>
    <message>
        <source>{n} glapp</source>
        <translation>{n} gaps</translation>
    </message>
    <message>
        <source>1 orsak</source>
        <translation>1 cause</translation>
    </message>
    <message>
        <source>{n} orsaker</source>
        <translation>{n} causes</translation>
    </message>
    <message>
        <source>1 åtgärd</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>{n} åtgärder</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>1 uppföljning</source>
        <translation>1 follow-up</translation>
    </message>
    <message>
        <source>{n} uppföljningar</source>
        <translation>{n} follow-ups</translation>
    </message>
    <message>
        <source>1 anteckning</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{n} anteckningar</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{items} och {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Dessutom tas 1 uppföljning av träffens åtgärder bort från en senare träff.</source>
        <translation>1 follow-up of the meeting&apos;s actions is also deleted from a later meeting.</translation>
    </message>
    <message>
        <source>Dessutom tas {n} uppföljningar av träffens åtgärder bort från senare träffar.</source>
        <translation>{n} follow-ups of the meeting&apos;s actions are also deleted from later meetings.</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Presentationsvy</source>
        <translation>Presentation view</translation>
    </message>
    <message>
        <source>Starta timer…</source>
        <translation>Start timer…</translation>
    </message>
    <message>
        <source>Pausa timer</source>
        <translation>Pause timer</translation>
    </message>
    <message>
        <source>Stoppa timer</source>
        <translation>Stop timer</translation>
    </message>
    <message>
        <source>Starta timer</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <source>Antal minuter för punkten eller fasen:</source>
        <translation>Minutes for the item or phase:</translation>
    </message>
    <message>
        <source>Timer {clock}</source>
        <translation>Timer {clock}</translation>
    </message>
    <message>
        <source>Timer {clock} (pausad)</source>
        <translation>Timer {clock} (paused)</translation>
    </message>
    <message>
        <source>Fortsätt timer</source>
        <translation>Continue timer</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Parkerad fråga</source>
        <translation>Parked question</translation>
    </message>
    <message>
        <source>Övrig fråga</source>
        <translation>Other business</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Sök i forumet</source>
        <translation>Search the forum</translation>
    </message>
    <message>
        <source>Sök bland glapp, orsaker, åtgärder, uppföljningar och beslut i alla träffar</source>
        <translation>Search gaps, causes, actions, follow-ups and decisions in all meetings</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Skriv ett eller flera ord. Alla orden ska finnas med, i valfri ordning.</source>
        <translation>Type one or more words. All of them must be there, in any order.</translation>
    </message>
    <message>
        <source>Inget hittades för ”{words}”.</source>
        <translation>Nothing found for “{words}”.</translation>
    </message>
    <message>
        <source>Visar de {shown} första av {total} sökresultat. Skriv fler ord för att begränsa.</source>
        <translation>Showing the first {shown} of {total} results. Type more words to narrow the search.</translation>
    </message>
    <message>
        <source>1 sökresultat. Enter visar det.</source>
        <translation>1 result. Enter shows it.</translation>
    </message>
    <message>
        <source>{total} sökresultat. Enter visar det markerade.</source>
        <translation>{total} results. Enter shows the selected one.</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>{name} finns redan. Vill du ersätta den?</source>
        <translation>{name} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Ersätt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>kl. {hour:02d}.{minute:02d}</source>
        <translation>at {hour:02d}:{minute:02d}</translation>
    </message>
    <message>
        <source>{date} {clock}</source>
        <translation>{date} {clock}</translation>
    </message>
    <message>
        <source>sedan {clock}</source>
        <translation>since {clock}</translation>
    </message>
    <message>
        <source>sedan {when}</source>
        <translation>since {when}</translation>
    </message>
    <message>
        <source>innehållet kan inte läsas</source>
        <translation>the contents cannot be read</translation>
    </message>
    <message>
        <source>en träff</source>
        <translation>one meeting</translation>
    </message>
    <message>
        <source>Ingen sådan fil</source>
        <translation>No such file</translation>
    </message>
    <message>
        <source>Det finns ingen fil som heter {name} i mappen {folder}.</source>
        <translation>There is no file called {name} in the folder {folder}.</translation>
    </message>
    <message>
        <source>Vill du skapa ett nytt, tomt forum med det namnet? Om namnet är felskrivet: välj Avbryt och starta Samsyn med rätt namn.</source>
        <translation>Do you want to create a new, empty forum with that name? If the name is mistyped, choose Cancel and start Samsyn with the right name.</translation>
    </message>
    <message>
        <source>Skapa nytt forum</source>
        <translation>Create new forum</translation>
    </message>
    <message>
        <source>{n} träffar</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>ett glapp</source>
        <translation>one gap</translation>
    </message>
    <message>
        <source>{n} glapp</source>
        <translation>{n} gaps</translation>
    </message>
    <message>
        <source>en åtgärd</source>
        <translation>one action</translation>
    </message>
    <message>
        <source>{n} åtgärder</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>när filen öppnades</source>
        <translation>when the file was opened</translation>
    </message>
    <message>
        <source>automatisk under arbetet</source>
        <translation>automatic, during work</translation>
    </message>
    <message>
        <source>före uppgradering till ny version</source>
        <translation>before upgrading to a new version</translation>
    </message>
    <message>
        <source>före import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>före återställning</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>före sammanslagning</source>
        <translation>before a merge</translation>
    </message>
    <message>
        <source>på datorn {host}</source>
        <translation>on the computer {host}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>process {pid}</translation>
    </message>
    <message>
        <source>Filen är redan öppen</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <source>{name} är redan öppen för redigering i en annan Samsyn ({holder}).</source>
        <translation>{name} is already open for editing in another Samsyn ({holder}).</translation>
    </message>
    <message>
        <source>Bara en i taget kan ändra i forumet. Du kan öppna det skrivskyddat för att läsa, exportera och spara en kopia, eller stänga det i den andra Samsyn först.</source>
        <translation>Only one person at a time can change the forum. You can open it read-only to read, export and save a copy, or close it in the other Samsyn first.</translation>
    </message>
    <message>
        <source>Om den andra datorn inte längre använder filen (till exempel om batteriet tog slut eller filen flyttades hit på ett USB-minne) kan du ta över låset. Gör det bara om du är säker på att ingen har filen öppen på den datorn: annars kan ändringar skrivas över.</source>
        <translation>If the other computer no longer uses the file (for example because its battery ran out or the file was moved here on a USB stick), you can take over the lock. Only do so if you are sure nobody has the file open on that computer: otherwise changes may be overwritten.</translation>
    </message>
    <message>
        <source>Öppna skrivskyddat</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Ta över låset</source>
        <translation>Take over the lock</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filen kan inte öppnas</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <source>Det finns en säkerhetskopia från {summary}. Vill du återställa den? Filen som inte kunde öppnas tas inte bort; den sparas undan i samma mapp.</source>
        <translation>There is a backup from {summary}. Do you want to restore it? The file that could not be opened is not deleted; it is kept aside in the same folder.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopian</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Återställa forumet till säkerhetskopian från {summary}?</source>
        <translation>Restore the forum to the backup from {summary}?</translation>
    </message>
    <message>
        <source>Filen {name} som den ser ut nu tas inte bort: den sparas undan i samma mapp med ”.damaged-” och datum i namnet, och det som ändrats sedan säkerhetskopian finns kvar i den.</source>
        <translation>The file {name} as it is now is not deleted: it is kept aside in the same folder with “.damaged-” and the date in its name, and what has changed since the backup remains in it.</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Säkerhetskopian från före sammanslagningen finns under Arkiv → Återställ från säkerhetskopia.</source>
        <translation>The backup from before the merge is under File → Restore from backup.</translation>
    </message>
    <message>
        <source>Säkerhetskopian från {when} är återställd.</source>
        <translation>The backup from {when} has been restored.</translation>
    </message>
    <message>
        <source>Den tidigare filen finns kvar som {name} i mappen {folder}.</source>
        <translation>The previous file is kept as {name} in the folder {folder}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Som datorns språk</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Minnesanteckningar och e-post kan skrivas på båda språken oavsett val.</source>
        <translation>Minutes and e-mails can be written in either language, whatever you choose here.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Forumet</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Åtgärdsregister</source>
        <translation>Action register</translation>
    </message>
    <message>
        <source>Personer och organisationer</source>
        <translation>People and organisations</translation>
    </message>
    <message>
        <source>Träffar</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Lägg till en ny träff (Ctrl+Shift+N)</source>
        <translation>Add a new meeting (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Datum, tid och plats kommer från ”Nästa träff” i {title}. Ändra här om något har ändrats sedan dess.</source>
        <translation>The date, time and place come from “Next meeting” in {title}. Change them here if anything has changed since.</translation>
    </message>
    <message>
        <source>Datum och tid kommer från ”Nästa träff” i {title}. Ändra här om något har ändrats sedan dess.</source>
        <translation>The date and time come from “Next meeting” in {title}. Change them here if anything has changed since.</translation>
    </message>
    <message>
        <source>Datum och plats kommer från ”Nästa träff” i {title}. Ändra här om något har ändrats sedan dess.</source>
        <translation>The date and place come from “Next meeting” in {title}. Change them here if anything has changed since.</translation>
    </message>
    <message>
        <source>Datumet kommer från ”Nästa träff” i {title}. Ändra här om något har ändrats sedan dess.</source>
        <translation>The date comes from “Next meeting” in {title}. Change it here if it has changed since.</translation>
    </message>
    <message>
        <source>Ny träff</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Träff {n}</source>
        <translation>Meeting {n}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Ångra med {keys}.</source>
        <translation>Undo with {keys}.</translation>
    </message>
</context>
<context>
    <name>WalkInLine</name>
    <message>
        <source>Namn, Organisation, e-post – Enter (blir närvarande)</source>
        <translation>Name, Organisation, email – Enter (marked present)</translation>
    </message>
    <message>
        <source>Organisation och e-post kan utelämnas. En ny organisation läggs till i forumet.</source>
        <translation>Organisation and email can be left out. A new organisation is added to the forum.</translation>
    </message>
    <message>
        <source>Skriv namnet först, till exempel ”Anna Berg, Norrby kommun, anna.berg@example.se”.</source>
        <translation>Type the name first, for example “Anna Berg, Norrby Municipality, anna.berg@example.se”.</translation>
    </message>
    <message>
        <source>Deltagare på plats: {name}</source>
        <translation>Walk-in participant: {name}</translation>
    </message>
</context>
</TS>
