<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
  <context>
    <name>App</name>
    <message>
      <location filename="../../casevault/gui/app.py" line="50" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../../casevault/gui/controller.py" line="93" />
      <source>Your vault is ready. Unlock it with your new passphrase.</source>
      <translation>Tu bóveda está lista. Desbloquéala con tu nueva frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/controller.py" line="173" />
      <source>Locks by itself after %1 min without keyboard or mouse activity.</source>
      <translation>Se bloquea sola tras %1 min sin actividad del teclado o el mouse.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/controller.py" line="177" />
      <source>Locks when the screen locks.</source>
      <translation>Se bloquea cuando se bloquea la pantalla.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/controller.py" line="179" />
      <source>Locks before the computer sleeps.</source>
      <translation>Se bloquea antes de que la computadora se suspenda.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/controller.py" line="181" />
      <source>Cannot see when the screen locks here: lock it yourself.</source>
      <translation>Aquí no se puede saber cuándo se bloquea la pantalla: bloquéala tú.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/controller.py" line="183" />
      <source>Cannot see when the computer goes to sleep: lock first.</source>
      <translation>No se puede saber cuándo se suspende la computadora: bloquea antes.</translation>
    </message>
  </context>
  <context>
    <name>BindingPage</name>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="36" />
      <source>Tie the vault to this computer?</source>
      <translation>¿Vincular la bóveda a esta computadora?</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="37" />
      <source>You can choose one of two ways to protect the vault.</source>
      <translation>Puedes elegir entre dos formas de proteger la bóveda.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="39" />
      <source>&amp;Create the vault</source>
      <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="41" />
      <source>&amp;Tie it to this computer (recommended)</source>
      <translation>&amp;Vincularla a esta computadora (recomendado)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="42" />
      <source>Tie the vault to this computer</source>
      <translation>Vincular la bóveda a esta computadora</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="45" />
      <source>The vault then needs your passphrase and a secret key kept in this computer's keyring. A copy of the vault files cannot be opened elsewhere, even by someone who knows the passphrase. If this computer breaks or is lost, only the recovery key can open the vault.</source>
      <translation>Así, la bóveda necesita tu frase de acceso y una clave secreta guardada en el llavero del sistema de esta computadora. Una copia de los archivos de la bóveda no se puede abrir en otro lugar, ni siquiera por alguien que conozca la frase de acceso. Si esta computadora se descompone o se pierde, solo la clave de recuperación podrá abrir la bóveda.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="52" />
      <source>&amp;Passphrase only</source>
      <translation>Solo &amp;frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="53" />
      <source>Passphrase only</source>
      <translation>Solo frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="56" />
      <source>The passphrase alone opens the vault, on this or any other computer. Choose this if you need to move the vault to another computer.</source>
      <translation>La frase de acceso sola abre la bóveda, en esta o en cualquier otra computadora. Elige esta opción si necesitas pasar la bóveda a otra computadora.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="63" />
      <source>This computer has no system keyring that CaseVault can use, so the vault will be protected by the passphrase only.</source>
      <translation>Esta computadora no tiene un llavero del sistema que CaseVault pueda usar, así que la bóveda quedará protegida solo con la frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="73" />
      <source>Creating the vault, please wait</source>
      <translation>Creando la bóveda, espera por favor</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/binding_page.py" line="74" />
      <source>Creating the vault. This takes a few seconds…</source>
      <translation>Creando la bóveda. Esto tarda unos segundos…</translation>
    </message>
  </context>
  <context>
    <name>CaseBrowser</name>
    <message>
      <location filename="../../casevault/gui/case_browser.py" line="31" />
      <source>Only the most recent cases were searched: add words to narrow the search.</source>
      <translation>Solo se buscó en los casos más recientes: agrega palabras para afinar la búsqueda.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_browser.py" line="38" />
      <source>No case matches. Try other words or clear the filters.</source>
      <translation>Ningún caso coincide. Prueba con otras palabras o quita los filtros.</translation>
    </message>
  </context>
  <context>
    <name>CaseList</name>
    <message>
      <location filename="../../casevault/gui/case_list_model.py" line="45" />
      <source>Code</source>
      <translation>Clave</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_model.py" line="46" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_model.py" line="47" />
      <source>Status</source>
      <translation>Estatus</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_model.py" line="48" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_model.py" line="49" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_model.py" line="50" />
      <source>Last change</source>
      <translation>Último cambio</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_view.py" line="69" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_view.py" line="70" />
      <source>Incident</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_view.py" line="71" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/case_list_view.py" line="72" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <location filename="../../casevault/gui/case_list_view.py" line="149" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../casevault/gui/empty_state.py" line="13" />
      <source>No cases yet</source>
      <translation>Todavía no hay casos</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/empty_state.py" line="20" />
      <source>Start a new case, or add a few example cases to see how CaseVault works. The examples are invented (their codes start with DEMO-) and you can delete them later.</source>
      <translation>Empieza un caso nuevo o agrega algunos casos de ejemplo para ver cómo funciona CaseVault. Los ejemplos son inventados (sus códigos empiezan con DEMO-) y puedes borrarlos después.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/empty_state.py" line="30" />
      <source>&amp;New case</source>
      <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/empty_state.py" line="31" />
      <source>New case</source>
      <translation>Nuevo caso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/empty_state.py" line="33" />
      <source>Add &amp;example cases</source>
      <translation>Agregar casos de &amp;ejemplo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/empty_state.py" line="34" />
      <source>Add example cases</source>
      <translation>Agregar casos de ejemplo</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../casevault/gui/worker.py" line="48" />
      <source>Unexpected error: %1</source>
      <translation>Error inesperado: %1</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="60" />
      <source>Any status</source>
      <translation>Cualquier estatus</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="61" />
      <source>Status filter</source>
      <translation>Filtro de estatus</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="62" />
      <source>Any risk</source>
      <translation>Cualquier riesgo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="63" />
      <source>Risk filter</source>
      <translation>Filtro de riesgo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="64" />
      <source>Any state</source>
      <translation>Cualquier entidad</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="65" />
      <source>State filter</source>
      <translation>Filtro de entidad federativa</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="66" />
      <source>Any violation</source>
      <translation>Cualquier violación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="67" />
      <source>Violation type filter</source>
      <translation>Filtro de tipo de violación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="68" />
      <source>Any perpetrator</source>
      <translation>Cualquier responsable</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="69" />
      <source>Perpetrator type filter</source>
      <translation>Filtro de tipo de responsable</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="70" />
      <source>Incidents from</source>
      <translation>Incidentes desde</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="71" />
      <source>Incidents until</source>
      <translation>Incidentes hasta</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="72" />
      <source>C&amp;lear filters</source>
      <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="73" />
      <source>Clear filters</source>
      <translation>Quitar filtros</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="76" />
      <source>Incidents &amp;from</source>
      <translation>Incidentes &amp;desde</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="78" />
      <source>&amp;until</source>
      <translation>&amp;hasta</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="118" />
      <source>any date</source>
      <translation>cualquier fecha</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/filter_panel.py" line="119" />
      <source>A year (2021), a month (06/2021) or a day (30/06/2021)</source>
      <translation>Un año (2021), un mes (06/2021) o un día (30/06/2021)</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="20" />
      <source>CaseVault: new vault</source>
      <translation>CaseVault: nueva bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="27" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="28" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="29" />
      <source>&amp;Create the vault</source>
      <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="30" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="31" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="42" />
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Restaurar desde un respaldo…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="88" />
      <source>The vault was created, but you have not confirmed the recovery key. It will never be shown again. Close anyway?</source>
      <translation>La bóveda ya se creó, pero no has confirmado la clave de recuperación. No se volverá a mostrar nunca. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="93" />
      <source>Close without the key</source>
      <translation>Cerrar sin la clave</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/first_run.py" line="95" />
      <source>Go back to the key</source>
      <translation>Volver a la clave</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="12" />
      <source>CaseVault %1

Offline, encrypted case files for human-rights defenders. It never connects to the network.

Free software under the GNU General Public License, version 3 or later.</source>
      <translation>CaseVault %1

Expedientes de casos cifrados y sin conexión para personas defensoras de derechos humanos. Nunca se conecta a la red.

Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="25" />
      <source>What CaseVault cannot protect against:</source>
      <translation>Contra qué no puede protegerte CaseVault:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="26" />
      <source>• Malware on the laptop while the vault is open can read what is on the screen and what is typed. CaseVault cannot defend against a compromised operating system, a hardware keylogger, or someone who installed spyware.</source>
      <translation>• Un programa malicioso en la computadora, mientras la bóveda está abierta, puede leer lo que aparece en pantalla y lo que se escribe. CaseVault no puede defenderse de un sistema operativo comprometido, de un registrador de teclas físico ni de alguien que haya instalado software espía.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="32" />
      <source>• Attacks on the computer's memory (cold boot) are out of scope. Locking ends the program that held case data, which is the best it can do.</source>
      <translation>• Los ataques a la memoria de la computadora (arranque en frío) quedan fuera de su alcance. Al bloquear, termina el programa que tenía los datos de los casos, que es lo más que puede hacer.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="37" />
      <source>• A disk copied before a wipe keeps the vault as it was. The copy is still protected by the passphrase (and by the tie to this computer, if on), but a wipe cannot reach it.</source>
      <translation>• Un disco copiado antes de un borrado conserva la bóveda como estaba. La copia sigue protegida por la frase de acceso (y por el vínculo con esta computadora, si está activado), pero el borrado no la alcanza.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="43" />
      <source>• A weak passphrase is the weakest link. Each guess costs about a second, but a short or common passphrase can still be guessed. Use a long phrase of several unrelated words.</source>
      <translation>• Una frase de acceso débil es el eslabón más débil. Cada intento cuesta alrededor de un segundo, pero una frase corta o común todavía se puede adivinar. Usa una frase larga de varias palabras sin relación entre sí.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="49" />
      <source>• Tying the vault to this computer protects copies of the vault files, not the laptop itself: whoever can log in to the laptop also unlocks its keyring.</source>
      <translation>• Vincular la bóveda a esta computadora protege las copias de los archivos de la bóveda, no la computadora misma: quien pueda iniciar sesión en ella también desbloquea su llavero.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/help_dialogs.py" line="54" />
      <source>Also turn on full-disk encryption, lock the screen when you step away, and keep the recovery key on paper, away from the laptop.</source>
      <translation>Activa también el cifrado de disco completo, bloquea la pantalla cuando te alejes y guarda la clave de recuperación en papel, lejos de la computadora.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="63" />
      <source>Selected case</source>
      <translation>Caso seleccionado</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="84" />
      <source>Automatic lock</source>
      <translation>Bloqueo automático</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="90" />
      <source>Cases shown</source>
      <translation>Casos mostrados</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="114" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="114" />
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="116" />
      <source>Lock the vault now (Ctrl+L)</source>
      <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="117" />
      <source>&amp;New case…</source>
      <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="118" />
      <source>Start a new case (Ctrl+N)</source>
      <translation>Empezar un caso nuevo (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="119" />
      <source>&amp;Find cases</source>
      <translation>&amp;Buscar casos</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="120" />
      <source>&amp;Import CSV…</source>
      <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="121" />
      <source>&amp;Settings…</source>
      <translation>&amp;Configuración…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="123" />
      <source>&amp;Duress passphrase and failed unlocks…</source>
      <translation>Frase de &amp;coacción e intentos fallidos…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="126" />
      <source>New &amp;recovery key…</source>
      <translation>Nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="128" />
      <source>Emergency &amp;wipe…</source>
      <translation>Borrado de &amp;emergencia…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="129" />
      <source>Destroy this vault for good, after a countdown</source>
      <translation>Destruir esta bóveda para siempre, tras una cuenta regresiva</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="130" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="131" />
      <source>&amp;About CaseVault</source>
      <translation>&amp;Acerca de CaseVault</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="132" />
      <source>Security &amp;limits</source>
      <translation>&amp;Límites de seguridad</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="136" />
      <source>&amp;Vault</source>
      <translation>&amp;Bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="147" />
      <source>&amp;Case</source>
      <translation>&amp;Caso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="150" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="155" />
      <source>Vault</source>
      <translation>Bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="168" />
      <source>New case</source>
      <translation>Nuevo caso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="169" />
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="80" />
      <source>Device binding</source>
      <translation>Vinculación con la computadora</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="208" />
      <source>1 case shown</source>
      <translation>1 caso mostrado</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="209" />
      <source>%1 cases shown</source>
      <translation>%1 casos mostrados</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="212" />
      <source>%1 of %2 cases shown; more appear as you scroll</source>
      <translation>Se muestran %1 de %2 casos; aparecen más al desplazarte</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="215" />
      <source>First %1 matching cases shown; more appear as you scroll</source>
      <translation>Se muestran los primeros %1 casos que coinciden; aparecen más al desplazarte</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="285" />
      <source>About CaseVault</source>
      <translation>Acerca de CaseVault</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="289" />
      <source>Security limits</source>
      <translation>Límites de seguridad</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="304" />
      <source>Locking in %1 s — move the mouse or press a key to stay</source>
      <translation>Se bloquea en %1 s — mueve el mouse o presiona una tecla para seguir</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="343" />
      <source>Unlocked. Tied to this computer.</source>
      <translation>Desbloqueada. Vinculada a esta computadora.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/main_window.py" line="344" />
      <source>Unlocked. Passphrase only: not tied to this computer.</source>
      <translation>Desbloqueada. Solo frase de acceso: no está vinculada a esta computadora.</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="16" />
      <source>Choose a passphrase</source>
      <translation>Elige una frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="19" />
      <source>The passphrase opens your vault. Use a short sentence or several words that you can remember and others cannot guess. There is no way to look it up later.</source>
      <translation>La frase de acceso abre tu bóveda. Usa una oración corta o varias palabras que puedas recordar y que nadie más pueda adivinar. Después no hay forma de consultarla.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="24" />
      <source>New passphrase</source>
      <translation>Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="25" />
      <source>Repeat the passphrase</source>
      <translation>Repite la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="27" />
      <source>The two passphrases are not the same yet.</source>
      <translation>Las dos frases de acceso todavía no son iguales.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="31" />
      <source>&amp;Show the passphrase while typing</source>
      <translation>&amp;Mostrar la frase de acceso mientras escribo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="32" />
      <source>Show the passphrase while typing</source>
      <translation>Mostrar la frase de acceso mientras escribo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="34" />
      <source>I understand: use this &amp;weak passphrase anyway</source>
      <translation>Entiendo: usar esta frase de acceso &amp;débil de todos modos</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="36" />
      <source>Use this weak passphrase anyway</source>
      <translation>Usar esta frase de acceso débil de todos modos</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="42" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/passphrase_page.py" line="44" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Repítela:</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="38" />
      <source>Write down your recovery key</source>
      <translation>Anota tu clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="41" />
      <source>If you forget the passphrase or this computer breaks, only this key opens the vault.</source>
      <translation>Si olvidas la frase de acceso o esta computadora se descompone, solo esta clave abre la bóveda.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="47" />
      <source>It is shown only now. Write it on paper, group by group, and check it. Keep the paper away from this laptop, or give it to your head office. Do not photograph it and do not save it on this computer.</source>
      <translation>Solo se muestra ahora. Escríbela en papel, grupo por grupo, y revísala. Guarda el papel lejos de esta laptop o entrégalo a tu oficina central. No le tomes foto y no la guardes en esta computadora.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="59" />
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="65" />
      <source>The key is hidden now. Untick the box to see it again.</source>
      <translation>La clave está oculta. Desmarca la casilla para verla de nuevo.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="70" />
      <source>I have &amp;written the recovery key on paper</source>
      <translation>Ya &amp;escribí la clave de recuperación en papel</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="71" />
      <source>I have written the recovery key on paper</source>
      <translation>Ya escribí la clave de recuperación en papel</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="126" />
      <source>Now, reading from your paper, type group number %1:</source>
      <translation>Ahora, leyendo tu papel, escribe el grupo número %1:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="131" />
      <source>Group number %1 of the recovery key</source>
      <translation>Grupo número %1 de la clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="147" />
      <source>✓ Correct</source>
      <translation>✓ Correcto</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/recovery_key_page.py" line="150" />
      <source>This does not match. Check what you wrote.</source>
      <translation>No coincide. Revisa lo que escribiste.</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="../../casevault/gui/search_bar.py" line="20" />
      <source>Search cases: names, places, words… (Ctrl+F)</source>
      <translation>Buscar casos: nombres, lugares, palabras… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/search_bar.py" line="21" />
      <source>Search cases</source>
      <translation>Buscar casos</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="28" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="29" />
      <source>Same as the system</source>
      <translation>El mismo del sistema</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="34" />
      <source>Lock after this long without activity</source>
      <translation>Bloquear tras este tiempo sin actividad</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="36" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="39" />
      <source>Clear copied text from the clipboard after</source>
      <translation>Borrar del portapapeles el texto copiado tras</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="42" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="42" />
      <source>Only on lock</source>
      <translation>Solo al bloquear</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="46" />
      <source>Lock when the window is &amp;minimised</source>
      <translation>Bloquear al &amp;minimizar la ventana</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="50" />
      <source>The window changes language as soon as you press OK. CaseVault keeps only your language, the window size and these lock settings here, never anything about your cases.</source>
      <translation>La ventana cambia de idioma en cuanto presionas Aceptar. CaseVault guarda aquí solo tu idioma, el tamaño de la ventana y estos ajustes de bloqueo, nunca nada sobre tus casos.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="64" />
      <source>&amp;Auto-lock after:</source>
      <translation>Bloqueo &amp;automático tras:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="65" />
      <source>Clear c&amp;opied text after:</source>
      <translation>Borrar texto c&amp;opiado tras:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/settings_dialog.py" line="60" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="20" />
      <source>Very weak</source>
      <translation>Muy débil</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="21" />
      <source>Weak</source>
      <translation>Débil</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="22" />
      <source>Fair</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="23" />
      <source>Good</source>
      <translation>Buena</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="24" />
      <source>Strong</source>
      <translation>Fuerte</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="28" />
      <source>Use at least 12 characters. Several words are easiest to remember.</source>
      <translation>Usa al menos 12 caracteres. Varias palabras son lo más fácil de recordar.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="31" />
      <source>This is one of the most common passwords. It would be guessed at once.</source>
      <translation>Es una de las contraseñas más comunes. La adivinarían de inmediato.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="34" />
      <source>It contains a very common word or name.</source>
      <translation>Contiene una palabra o un nombre muy común.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="37" />
      <source>Rows of keys such as “qwerty” are easy to guess.</source>
      <translation>Las filas de teclas como «qwerty» son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="40" />
      <source>Sequences such as “abcd” or “1234” are easy to guess.</source>
      <translation>Las secuencias como «abcd» o «1234» son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="43" />
      <source>Repeated letters or words add little.</source>
      <translation>Repetir letras o palabras casi no ayuda.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="44" />
      <source>Only digits: add some words.</source>
      <translation>Solo tiene números: agrega algunas palabras.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="45" />
      <source>Dates and years, such as birthdays, are easy to guess.</source>
      <translation>Las fechas y los años, como los cumpleaños, son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="48" />
      <source>Do not use the name of the program.</source>
      <translation>No uses el nombre del programa.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="64" />
      <source>Passphrase strength</source>
      <translation>Fortaleza de la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="72" />
      <source>Advice about the passphrase</source>
      <translation>Consejos sobre la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/strength_meter.py" line="92" />
      <source>Strength: %1</source>
      <translation>Fortaleza: %1</translation>
    </message>
  </context>
  <context>
    <name>WipeDialog</name>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="26" />
      <source>Emergency wipe</source>
      <translation>Borrado de emergencia</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="30" />
      <source>Everything in this vault will be destroyed for good: every case, person, incident, action and note on this computer. Nobody can bring it back, not with the passphrase, not with the recovery key, not the head office. Make sure the head office has a recent export of your cases.</source>
      <translation>Todo lo que hay en esta bóveda se destruirá para siempre: cada caso, persona, incidente, acción y nota en esta computadora. Nadie podrá recuperarlo, ni con la frase de acceso, ni con la clave de recuperación, ni la oficina central. Asegúrate de que la oficina central tenga una exportación reciente de tus casos.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="38" />
      <source>What a wipe cannot do: a copy of the disk made before the wipe keeps the vault as it was (still protected by its passphrase). SSDs, USB sticks and memory cards can keep old pieces of the key file where no program reaches; full-disk encryption makes those remnants worthless. Exports and backups elsewhere are not touched. Destroying information during a search or investigation, or after being ordered to hand it over, can be treated as destroying evidence: decide with your organisation's lawyers in advance when a wipe is right. Regular encrypted exports to the head office are what make a wipe survivable: the cases are restored from the last one.</source>
      <translation>Lo que un borrado no puede hacer: una copia del disco hecha antes del borrado conserva la bóveda como estaba (protegida todavía por su frase de acceso). Los discos SSD, las memorias USB y las tarjetas de memoria pueden guardar restos del archivo de claves donde ningún programa llega; el cifrado de disco completo hace que esos restos no sirvan de nada. Las exportaciones y respaldos guardados en otro lugar no se tocan. Destruir información durante un cateo o una investigación, o después de recibir la orden de entregarla, puede considerarse destrucción de pruebas: decide de antemano con las y los abogados de tu organización cuándo procede un borrado. Las exportaciones cifradas frecuentes a la oficina central son lo que permite sobrevivir a un borrado: los casos se restauran desde la última.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="52" />
      <source>Time left before the wipe</source>
      <translation>Tiempo que falta para el borrado</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="53" />
      <source>&amp;Cancel: keep the vault</source>
      <translation>&amp;Cancelar: conservar la bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="54" />
      <source>Cancel the wipe</source>
      <translation>Cancelar el borrado</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="85" />
      <source>Wiping…</source>
      <translation>Borrando…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/wipe_dialog.py" line="89" />
      <source>Wiping in %1 s. Click anywhere or press Esc to cancel.</source>
      <translation>Borrado en %1 s. Haz clic en cualquier lugar o presiona Esc para cancelar.</translation>
    </message>
  </context>
</TS>
