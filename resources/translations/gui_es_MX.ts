<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>App</name>
    <message>
        <location filename="../../casevault/gui/app.py" line="50"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../casevault/gui/controller.py" line="95"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Tu bóveda está lista. Desbloquéala con tu nueva frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/controller.py" line="176"/>
        <source>Locks by itself after %1 min without keyboard or mouse activity.</source>
        <translation>Se bloquea sola tras %1 min sin actividad del teclado o el mouse.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/controller.py" line="180"/>
        <source>Locks when the screen locks.</source>
        <translation>Se bloquea cuando se bloquea la pantalla.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/controller.py" line="182"/>
        <source>Locks before the computer sleeps.</source>
        <translation>Se bloquea antes de que la computadora se suspenda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/controller.py" line="184"/>
        <source>Cannot see when the screen locks here: lock it yourself.</source>
        <translation>Aquí no se puede saber cuándo se bloquea la pantalla: bloquéala tú.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/controller.py" line="186"/>
        <source>Cannot see when the computer goes to sleep: lock first.</source>
        <translation>No se puede saber cuándo se suspende la computadora: bloquea antes.</translation>
    </message>
</context>
<context>
    <name>CaseBrowser</name>
    <message>
        <location filename="../../casevault/gui/cases/case_browser.py" line="32"/>
        <source>Only the most recent cases were searched: add words to narrow the search.</source>
        <translation>Solo se buscó en los casos más recientes: agrega palabras para afinar la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_browser.py" line="39"/>
        <source>No case matches. Try other words or clear the filters.</source>
        <translation>Ningún caso coincide. Prueba con otras palabras o quita los filtros.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../casevault/gui/widgets/fields.py" line="90"/>
        <source>Year-month-day, e.g. 2024-03-15. Leave empty if not known.</source>
        <translation>Año-mes-día, por ejemplo 2024-03-15. Déjalo vacío si no se sabe.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/fields.py" line="99"/>
        <source>Delete for good?</source>
        <translation>¿Borrar definitivamente?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/fields.py" line="101"/>
        <source>Delete %1 “%2” for good?</source>
        <translation>¿Borrar definitivamente %1 “%2”?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/fields.py" line="105"/>
        <source>It is removed from this vault with its earlier versions. This cannot be undone.</source>
        <translation>Se elimina de esta bóveda junto con sus versiones anteriores. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/fields.py" line="111"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../casevault/gui/cases/case_list_model.py" line="45"/>
        <source>Code</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_model.py" line="46"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_model.py" line="47"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_model.py" line="48"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_model.py" line="49"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_model.py" line="50"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_view.py" line="69"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_view.py" line="70"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_view.py" line="71"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/case_list_view.py" line="72"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../casevault/gui/cases/case_list_view.py" line="149"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../casevault/gui/cases/empty_state.py" line="15"/>
        <source>No cases yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/empty_state.py" line="22"/>
        <source>Start a new case, or add a few example cases to see how CaseVault works. The examples are invented (their codes start with DEMO-) and you can delete them later.</source>
        <translation>Empieza un caso nuevo o agrega algunos casos de ejemplo para ver cómo funciona CaseVault. Los ejemplos son inventados (sus códigos empiezan con DEMO-) y puedes borrarlos después.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/empty_state.py" line="32"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/empty_state.py" line="33"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/empty_state.py" line="35"/>
        <source>Add &amp;example cases</source>
        <translation>Agregar casos de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/empty_state.py" line="36"/>
        <source>Add example cases</source>
        <translation>Agregar casos de ejemplo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../casevault/gui/jobs.py" line="48"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="60"/>
        <source>Any status</source>
        <translation>Cualquier estatus</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="61"/>
        <source>Status filter</source>
        <translation>Filtro de estatus</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="62"/>
        <source>Any risk</source>
        <translation>Cualquier riesgo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="63"/>
        <source>Risk filter</source>
        <translation>Filtro de riesgo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="64"/>
        <source>Any state</source>
        <translation>Cualquier entidad</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="65"/>
        <source>State filter</source>
        <translation>Filtro de entidad federativa</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="66"/>
        <source>Any violation</source>
        <translation>Cualquier violación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="67"/>
        <source>Violation type filter</source>
        <translation>Filtro de tipo de violación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="68"/>
        <source>Any perpetrator</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="69"/>
        <source>Perpetrator type filter</source>
        <translation>Filtro de tipo de responsable</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="70"/>
        <source>Incidents from</source>
        <translation>Incidentes desde</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="71"/>
        <source>Incidents until</source>
        <translation>Incidentes hasta</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="72"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="73"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="76"/>
        <source>Incidents &amp;from</source>
        <translation>Incidentes &amp;desde</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="78"/>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="118"/>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/filter_panel.py" line="119"/>
        <source>A year (2021), a month (06/2021) or a day (30/06/2021)</source>
        <translation>Un año (2021), un mes (06/2021) o un día (30/06/2021)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="15"/>
        <source>CaseVault %1

Offline, encrypted case files for human-rights defenders. It never connects to the network.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>CaseVault %1

Expedientes de casos cifrados y sin conexión para personas defensoras de derechos humanos. Nunca se conecta a la red.

Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="30"/>
        <source>What CaseVault cannot protect against:</source>
        <translation>Contra qué no puede protegerte CaseVault:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="31"/>
        <source>• Malware on the laptop while the vault is open can read what is on the screen and what is typed. CaseVault cannot defend against a compromised operating system, a hardware keylogger, or someone who installed spyware.</source>
        <translation>• Un programa malicioso en la computadora, mientras la bóveda está abierta, puede leer lo que aparece en pantalla y lo que se escribe. CaseVault no puede defenderse de un sistema operativo comprometido, de un registrador de teclas físico ni de alguien que haya instalado software espía.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="37"/>
        <source>• Attacks on the computer&apos;s memory (cold boot) are out of scope. Locking ends the program that held case data, which is the best it can do.</source>
        <translation>• Los ataques a la memoria de la computadora (arranque en frío) quedan fuera de su alcance. Al bloquear, termina el programa que tenía los datos de los casos, que es lo más que puede hacer.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="42"/>
        <source>• A disk copied before a wipe keeps the vault as it was. The copy is still protected by the passphrase (and by the tie to this computer, if on), but a wipe cannot reach it.</source>
        <translation>• Un disco copiado antes de un borrado conserva la bóveda como estaba. La copia sigue protegida por la frase de acceso (y por el vínculo con esta computadora, si está activado), pero el borrado no la alcanza.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="48"/>
        <source>• A weak passphrase is the weakest link. Each guess costs about a second, but a short or common passphrase can still be guessed. Use a long phrase of several unrelated words.</source>
        <translation>• Una frase de acceso débil es el eslabón más débil. Cada intento cuesta alrededor de un segundo, pero una frase corta o común todavía se puede adivinar. Usa una frase larga de varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="54"/>
        <source>• Tying the vault to this computer protects copies of the vault files, not the laptop itself: whoever can log in to the laptop also unlocks its keyring.</source>
        <translation>• Vincular la bóveda a esta computadora protege las copias de los archivos de la bóveda, no la computadora misma: quien pueda iniciar sesión en ella también desbloquea su llavero.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/help_dialogs.py" line="59"/>
        <source>Also turn on full-disk encryption, lock the screen when you step away, and keep the recovery key on paper, away from the laptop.</source>
        <translation>Activa también el cifrado de disco completo, bloquea la pantalla cuando te alejes y guarda la clave de recuperación en papel, lejos de la computadora.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="52"/>
        <source>Import from a CSV file</source>
        <translation>Importar desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="57"/>
        <source>The first row of the file names the columns, in English or Spanish. Nothing is stored until every row is right.</source>
        <translation>La primera fila del archivo nombra las columnas, en español o en inglés. No se guarda nada hasta que todas las filas estén correctas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="63"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="64"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="65"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="66"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="67"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="70"/>
        <source>What the file holds</source>
        <translation>Contenido del archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="73"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="74"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="75"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="80"/>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Contenido del archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="82"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="88"/>
        <source>Check result</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="91"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="91"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="91"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="93"/>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="101"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="104"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="106"/>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="199"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="130"/>
        <source>Choose a CSV file</source>
        <translation>Elige un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="132"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="158"/>
        <source>The file has column names but no rows to import.</source>
        <translation>El archivo tiene los nombres de las columnas, pero ninguna fila que importar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="160"/>
        <source>%1 rows checked: ready to import %1 rows.</source>
        <translation>%1 filas revisadas: listas para importar %1 filas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="167"/>
        <source>%1 rows checked, %2 problems. Correct the file and choose it again.</source>
        <translation>%1 filas revisadas, %2 problemas. Corrige el archivo y vuelve a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="197"/>
        <source>Imported %1 records.</source>
        <translation>Se importaron %1 registros.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="216"/>
        <source>The file could not be read. Check that it still exists, then choose it.</source>
        <translation>No se pudo leer el archivo. Revisa que todavía exista y vuelve a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/csv_import_dialog.py" line="220"/>
        <source>The file is too large to import (over 512 MB).</source>
        <translation>El archivo es demasiado grande para importarlo (más de 512 MB).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="66"/>
        <source>Selected case</source>
        <translation>Caso seleccionado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="87"/>
        <source>Automatic lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="93"/>
        <source>Cases shown</source>
        <translation>Casos mostrados</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="117"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="117"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="119"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="120"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="121"/>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Empezar un caso nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="122"/>
        <source>&amp;Find cases</source>
        <translation>&amp;Buscar casos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="123"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="124"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="126"/>
        <source>&amp;Duress passphrase and failed unlocks…</source>
        <translation>Frase de &amp;coacción e intentos fallidos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="129"/>
        <source>New &amp;recovery key…</source>
        <translation>Nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="131"/>
        <source>Emergency &amp;wipe…</source>
        <translation>Borrado de &amp;emergencia…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="132"/>
        <source>Destroy this vault for good, after a countdown</source>
        <translation>Destruir esta bóveda para siempre, tras una cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="134"/>
        <source>&amp;About CaseVault</source>
        <translation>&amp;Acerca de CaseVault</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="135"/>
        <source>Security &amp;limits</source>
        <translation>&amp;Límites de seguridad</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="139"/>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="150"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="158"/>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="171"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="172"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="83"/>
        <source>Device binding</source>
        <translation>Vinculación con la computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="211"/>
        <source>1 case shown</source>
        <translation>1 caso mostrado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="212"/>
        <source>%1 cases shown</source>
        <translation>%1 casos mostrados</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="215"/>
        <source>%1 of %2 cases shown; more appear as you scroll</source>
        <translation>Se muestran %1 de %2 casos; aparecen más al desplazarte</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="218"/>
        <source>First %1 matching cases shown; more appear as you scroll</source>
        <translation>Se muestran los primeros %1 casos que coinciden; aparecen más al desplazarte</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="288"/>
        <source>About CaseVault</source>
        <translation>Acerca de CaseVault</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="292"/>
        <source>Security limits</source>
        <translation>Límites de seguridad</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="307"/>
        <source>Locking in %1 s — move the mouse or press a key to stay</source>
        <translation>Se bloquea en %1 s — mueve el mouse o presiona una tecla para seguir</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="346"/>
        <source>Unlocked. Tied to this computer.</source>
        <translation>Desbloqueada. Vinculada a esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="347"/>
        <source>Unlocked. Passphrase only: not tied to this computer.</source>
        <translation>Desbloqueada. Solo frase de acceso: no está vinculada a esta computadora.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../casevault/gui/cases/search_bar.py" line="20"/>
        <source>Search cases: names, places, words… (Ctrl+F)</source>
        <translation>Buscar casos: nombres, lugares, palabras… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/cases/search_bar.py" line="21"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="29"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="30"/>
        <source>Same as the system</source>
        <translation>El mismo del sistema</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="35"/>
        <source>Lock after this long without activity</source>
        <translation>Bloquear tras este tiempo sin actividad</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="37"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="40"/>
        <source>Clear copied text from the clipboard after</source>
        <translation>Borrar del portapapeles el texto copiado tras</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="42"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="42"/>
        <source>Only on lock</source>
        <translation>Solo al bloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="45"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Bloquear al &amp;minimizar la ventana</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="49"/>
        <source>The window changes language as soon as you press OK. CaseVault keeps only your language, the window size and these lock settings here, never anything about your cases.</source>
        <translation>La ventana cambia de idioma en cuanto presionas Aceptar. CaseVault guarda aquí solo tu idioma, el tamaño de la ventana y estos ajustes de bloqueo, nunca nada sobre tus casos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="63"/>
        <source>&amp;Auto-lock after:</source>
        <translation>Bloqueo &amp;automático tras:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="64"/>
        <source>Clear c&amp;opied text after:</source>
        <translation>Borrar texto c&amp;opiado tras:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/settings_dialog.py" line="59"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="22"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="23"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="24"/>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="25"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="26"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="30"/>
        <source>Use at least 12 characters. Several words are easiest to remember.</source>
        <translation>Usa al menos 12 caracteres. Varias palabras son lo más fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="33"/>
        <source>This is one of the most common passwords. It would be guessed at once.</source>
        <translation>Es una de las contraseñas más comunes. La adivinarían de inmediato.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="36"/>
        <source>It contains a very common word or name.</source>
        <translation>Contiene una palabra o un nombre muy común.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="39"/>
        <source>Rows of keys such as “qwerty” are easy to guess.</source>
        <translation>Las filas de teclas como «qwerty» son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="42"/>
        <source>Sequences such as “abcd” or “1234” are easy to guess.</source>
        <translation>Las secuencias como «abcd» o «1234» son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="45"/>
        <source>Repeated letters or words add little.</source>
        <translation>Repetir letras o palabras casi no ayuda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="46"/>
        <source>Only digits: add some words.</source>
        <translation>Solo tiene números: agrega algunas palabras.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="47"/>
        <source>Dates and years, such as birthdays, are easy to guess.</source>
        <translation>Las fechas y los años, como los cumpleaños, son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="50"/>
        <source>Do not use the name of the program.</source>
        <translation>No uses el nombre del programa.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="66"/>
        <source>Passphrase strength</source>
        <translation>Fortaleza de la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="74"/>
        <source>Advice about the passphrase</source>
        <translation>Consejos sobre la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/widgets/strength_meter.py" line="94"/>
        <source>Strength: %1</source>
        <translation>Fortaleza: %1</translation>
    </message>
</context>
</TS>
