<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="41"/>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="43"/>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="46"/>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="54"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="55"/>
        <source>&amp;Kind of action:</source>
        <translation>&amp;Tipo de acción:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="56"/>
        <source>Au&amp;thority:</source>
        <translation>A&amp;utoridad:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="57"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="57"/>
        <source>Case number, folio…</source>
        <translation>Número de expediente, folio…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="58"/>
        <source>&amp;Outcome:</source>
        <translation>Resulta&amp;do:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="61"/>
        <source>&amp;Follow-up date:</source>
        <translation>Fecha de &amp;seguimiento:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="63"/>
        <source>When to check on it again. Year-month-day.</source>
        <translation>Cuándo revisarla de nuevo. Año-mes-día.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="77"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="79"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="85"/>
        <source>OVERDUE follow-up %1: </source>
        <translation>Seguimiento VENCIDO %1: </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="87"/>
        <source>Follow-up due %1: </source>
        <translation>Seguimiento próximo %1: </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="100"/>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="102"/>
        <source>follow-ups due soon: %1, overdue: %2</source>
        <translation>seguimientos próximos: %1, vencidos: %2</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="111"/>
        <source>&amp;Add action</source>
        <translation>&amp;Agregar acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="114"/>
        <source>Actions by date</source>
        <translation>Acciones por fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="118"/>
        <source>No action selected. Record complaints, requests and appeals with “Add action”.</source>
        <translation>No hay ninguna acción seleccionada. Registre denuncias, solicitudes y llamamientos con “Agregar acción”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="122"/>
        <source>the action</source>
        <translation>la acción</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../casevault/gui/case_detail/fields.py" line="97"/>
        <source>Year-month-day, e.g. 2024-03-15. Leave empty if not known.</source>
        <translation>Año-mes-día, por ejemplo 2024-03-15. Déjalo vacío si no se sabe.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/fields.py" line="107"/>
        <source>Delete for good?</source>
        <translation>¿Borrar definitivamente?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/fields.py" line="109"/>
        <source>Delete %1 “%2” for good?</source>
        <translation>¿Borrar definitivamente %1 “%2”?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/fields.py" line="115"/>
        <source>It is removed from this vault with its earlier versions. This cannot be undone.</source>
        <translation>Se elimina de esta bóveda junto con sus versiones anteriores. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/fields.py" line="121"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="33"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="34"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="35"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="36"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="37"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="44"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="45"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="46"/>
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="47"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="40"/>
        <source>Case details</source>
        <translation>Detalles del caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="42"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Elige un caso de la lista o crea uno con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="53"/>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="55"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="56"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="57"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="58"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="59"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="60"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="61"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="65"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="149"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="156"/>
        <source>Not saved: see the marked fields</source>
        <translation>No guardado: revise los campos marcados</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/__init__.py" line="174"/>
        <source>The case was deleted.</source>
        <translation>El caso se borró.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="38"/>
        <source>Duress passphrase and failed unlocks</source>
        <translation>Frase de coacción e intentos fallidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="43"/>
        <source>Duress passphrase</source>
        <translation>Frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="46"/>
        <source>If someone forces you to unlock CaseVault, type the duress passphrase instead of your passphrase. CaseVault then destroys this vault without any sign and opens a new, empty vault, which from then on opens with the duress passphrase. Nothing on the screen or in the vault&apos;s files shows that this happened or that a duress passphrase exists. Everything in this vault is lost for good: keep regular encrypted exports at the head office.</source>
        <translation>Si alguien te obliga a desbloquear CaseVault, escribe la frase de coacción en lugar de tu frase de acceso. CaseVault destruye entonces esta bóveda sin dejar rastro y abre una bóveda nueva y vacía, que desde ese momento se abre con la frase de coacción. Nada en la pantalla ni en los archivos de la bóveda muestra que esto ocurrió ni que existe una frase de coacción. Todo lo que hay en esta bóveda se pierde para siempre: envía con regularidad exportaciones cifradas a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="56"/>
        <source>The new vault&apos;s recovery key is never shown, so nobody watching sees one. Once you are safe again, make one with Vault ▸ New recovery key… and write it down.</source>
        <translation>La clave de recuperación de la bóveda nueva nunca se muestra, para que nadie que esté mirando la vea. Cuando estés a salvo, crea una con Bóveda ▸ Nueva clave de recuperación… y anótala.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="63"/>
        <source>New duress passphrase</source>
        <translation>Nueva frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="64"/>
        <source>Repeat the duress passphrase</source>
        <translation>Repite la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="66"/>
        <source>&amp;New duress passphrase:</source>
        <translation>&amp;Nueva frase de coacción:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="68"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="73"/>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Guardar frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="74"/>
        <source>Re&amp;move duress passphrase</source>
        <translation>&amp;Quitar frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="88"/>
        <location filename="../../casevault/gui/duress_dialog.py" line="100"/>
        <source>Wipe after failed unlocks</source>
        <translation>Borrar tras intentos fallidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="91"/>
        <source>Destroy this vault after this many wrong passphrases in a row. The count survives restarts and is kept in the vault&apos;s folder, not in the settings. With three or fewer attempts left, the unlock screen warns. This protects the unlock screen against someone at the keyboard; someone who copies the vault&apos;s files can still try passphrases on the copy, so a strong passphrase remains the real protection.</source>
        <translation>Destruye esta bóveda después de este número de frases de acceso incorrectas seguidas. La cuenta se conserva al reiniciar y se guarda en la carpeta de la bóveda, no en la configuración. Cuando quedan tres intentos o menos, la pantalla de desbloqueo lo advierte. Esto protege la pantalla de desbloqueo frente a alguien que esté frente al teclado; quien copie los archivos de la bóveda todavía puede probar frases de acceso en la copia, así que una frase de acceso fuerte sigue siendo la verdadera protección.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="101"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/gui/duress_dialog.py" line="104"/>
        <source>After %n failed unlock(s)</source>
        <translation>
            <numerusform>Tras %n intento fallido</numerusform>
            <numerusform>Tras %n intentos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="108"/>
        <source>&amp;Wipe:</source>
        <translation>&amp;Borrar:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="145"/>
        <source>A duress passphrase is set.</source>
        <translation>Hay una frase de coacción guardada.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="147"/>
        <source>No duress passphrase is set.</source>
        <translation>No hay ninguna frase de coacción guardada.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="164"/>
        <source>Type the duress passphrase.</source>
        <translation>Escribe la frase de coacción.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="170"/>
        <source>The two duress passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de coacción no son iguales. Escríbelas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="179"/>
        <source>Setting the duress passphrase…</source>
        <translation>Guardando la frase de coacción…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="197"/>
        <source>Duress passphrase set. Remember it; it is never shown anywhere.</source>
        <translation>Frase de coacción guardada. Memorízala: no se muestra en ningún lugar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="217"/>
        <source>Duress passphrase removed.</source>
        <translation>Frase de coacción quitada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/gui/duress_dialog.py" line="231"/>
        <source>Saved: the vault is wiped after %n failed unlock(s) in a row.</source>
        <translation>
            <numerusform>Guardado: la bóveda se borra tras %n intento fallido.</numerusform>
            <numerusform>Guardado: la bóveda se borra tras %n intentos fallidos seguidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/duress_dialog.py" line="235"/>
        <source>Saved: failed unlocks never wipe the vault.</source>
        <translation>Guardado: los intentos fallidos nunca borran la bóveda.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="57"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="60"/>
        <source>Text of the chosen version</source>
        <translation>Texto de la versión elegida</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="63"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="63"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="63"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="64"/>
        <source>What was done and when</source>
        <translation>Qué se hizo y cuándo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="65"/>
        <source>&amp;Earlier versions:</source>
        <translation>&amp;Versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="66"/>
        <source>&amp;What was done and when:</source>
        <translation>&amp;Qué se hizo y cuándo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="67"/>
        <source>No earlier versions yet.</source>
        <translation>Todavía no hay versiones anteriores.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="110"/>
        <source>%1 “%2”, %3: version %4, replaced %5</source>
        <translation>%1 “%2”, %3: versión %4, reemplazada el %5</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="50"/>
        <source>Import from a CSV file</source>
        <translation>Importar desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="55"/>
        <source>The first row of the file names the columns, in English or Spanish. Nothing is stored until every row is right.</source>
        <translation>La primera fila del archivo nombra las columnas, en español o en inglés. No se guarda nada hasta que todas las filas estén correctas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="61"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="62"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="63"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="64"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="65"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="68"/>
        <source>What the file holds</source>
        <translation>Contenido del archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="71"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="72"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="73"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="78"/>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Contenido del archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="80"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="86"/>
        <source>Check result</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="89"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="89"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="89"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="91"/>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="99"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="102"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="104"/>
        <location filename="../../casevault/gui/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="128"/>
        <source>Choose a CSV file</source>
        <translation>Elige un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="130"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="156"/>
        <source>The file has column names but no rows to import.</source>
        <translation>El archivo tiene los nombres de las columnas, pero ninguna fila que importar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="159"/>
        <source>%1 rows checked: ready to import %1 rows.</source>
        <translation>%1 filas revisadas: listas para importar %1 filas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="166"/>
        <source>%1 rows checked, %2 problems. Correct the file and choose it again.</source>
        <translation>%1 filas revisadas, %2 problemas. Corrige el archivo y vuelve a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="195"/>
        <source>Imported %1 records.</source>
        <translation>Se importaron %1 registros.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="214"/>
        <source>The file could not be read. Check that it still exists, then choose it.</source>
        <translation>No se pudo leer el archivo. Revisa que todavía exista y vuelve a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/import_dialog.py" line="218"/>
        <source>The file is too large to import (over 512 MB).</source>
        <translation>El archivo es demasiado grande para importarlo (más de 512 MB).</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="28"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="29"/>
        <source>(not known)</source>
        <translation>(no se sabe)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="32"/>
        <source>Filter violations</source>
        <translation>Filtrar violaciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="34"/>
        <source>Filter perpetrators</source>
        <translation>Filtrar responsables</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="36"/>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="40"/>
        <source>Day: 2024-03-15 · month: 2024-03 · year: 2024.</source>
        <translation>Día: 2024-03-15 · mes: 2024-03 · año: 2024.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="42"/>
        <source>Date &amp;precision:</source>
        <translation>&amp;Precisión de la fecha:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="43"/>
        <source>&amp;Date (or start):</source>
        <translation>&amp;Fecha (o inicio):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="44"/>
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;término:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="44"/>
        <source>Only for a range.</source>
        <translation>Solo para un periodo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="45"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="46"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="47"/>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="48"/>
        <source>&amp;Violations:</source>
        <translation>&amp;Violaciones:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="49"/>
        <source>Alleged pe&amp;rpetrators:</source>
        <translation>Presuntos &amp;responsables:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="50"/>
        <source>People &amp;involved:</source>
        <translation>Personas &amp;involucradas:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="51"/>
        <source>&amp;Narrative:</source>
        <translation>&amp;Narración:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="59"/>
        <source>Exact day</source>
        <translation>Día exacto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="60"/>
        <source>Month only</source>
        <translation>Solo el mes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="61"/>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="62"/>
        <source>Between two dates</source>
        <translation>Entre dos fechas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="63"/>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="89"/>
        <source>Date not known</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="91"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="93"/>
        <source>%1 (month)</source>
        <translation>%1 (mes)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="95"/>
        <source>%1 (year)</source>
        <translation>%1 (año)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="114"/>
        <source>&amp;Add incident</source>
        <translation>&amp;Agregar incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="117"/>
        <source>Incidents by date</source>
        <translation>Incidentes por fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="120"/>
        <source>No incident selected. Record what happened with “Add incident”.</source>
        <translation>No hay ningún incidente seleccionado. Registre lo que pasó con “Agregar incidente”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="123"/>
        <source>the incident</source>
        <translation>el incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="126"/>
        <source>Timeline: %1 incidents</source>
        <translation>Cronología: %1 incidentes</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="22"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="26"/>
        <source>Give the case a short code (e.g. OAX-2024-007) and a title.</source>
        <translation>Dé al caso una clave corta (por ejemplo OAX-2024-007) y un título.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="31"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="32"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="38"/>
        <source>C&amp;reate case</source>
        <translation>C&amp;rear caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="39"/>
        <source>Create case</source>
        <translation>Crear caso</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="24"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="28"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="29"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="47"/>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="50"/>
        <source>Notes by date</source>
        <translation>Notas por fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="53"/>
        <source>No note selected. Write one with “Add note”.</source>
        <translation>No hay ninguna nota seleccionada. Escribe una con “Agregar nota”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="56"/>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="31"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="40"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Seudónimo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="42"/>
        <source>The name shown in lists and in redacted exports.</source>
        <translation>El nombre que aparece en las listas y en las exportaciones protegidas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="45"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="47"/>
        <source>Protected: removed from redacted exports.</source>
        <translation>Dato protegido: se quita de las exportaciones protegidas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="49"/>
        <source>Protected identity fields follow</source>
        <translation>A continuación, datos de identidad protegidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="51"/>
        <source>protected</source>
        <translation>dato protegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="53"/>
        <source>&amp;Full name (protected):</source>
        <translation>&amp;Nombre completo (dato protegido):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="54"/>
        <source>&amp;Contact (protected):</source>
        <translation>&amp;Contacto (dato protegido):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="55"/>
        <source>&amp;Birth date (protected):</source>
        <translation>&amp;Fecha de nacimiento (dato protegido):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="60"/>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="65"/>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="76"/>
        <source>&amp;Add person</source>
        <translation>&amp;Agregar persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="79"/>
        <source>People in this case</source>
        <translation>Personas de este caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="82"/>
        <source>No person selected. Add the people of this case with “Add person”.</source>
        <translation>No hay ninguna persona seleccionada. Agrega a las personas de este caso con “Agregar persona”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="85"/>
        <source>the person</source>
        <translation>a la persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="88"/>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/record_list.py" line="51"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/record_list.py" line="52"/>
        <source>Delete the selected record</source>
        <translation>Borrar el registro seleccionado</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="39"/>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="40"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="41"/>
        <source>e.g. land, Oaxaca</source>
        <translation>por ejemplo: tierra, Oaxaca</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="46"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="47"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="48"/>
        <source>&amp;Status:</source>
        <translation>E&amp;status:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="49"/>
        <source>&amp;Risk:</source>
        <translation>&amp;Riesgo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="50"/>
        <source>O&amp;pened:</source>
        <translation>&amp;Apertura:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="51"/>
        <source>C&amp;losed:</source>
        <translation>C&amp;ierre:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="52"/>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="52"/>
        <source>Separate tags with commas.</source>
        <translation>Separa las etiquetas con comas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="53"/>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="57"/>
        <source>&amp;Delete this case…</source>
        <translation>&amp;Borrar este caso…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="58"/>
        <source>Delete this case</source>
        <translation>Borrar este caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="80"/>
        <source>Its people, incidents, actions, notes and earlier versions are removed from this vault too. This cannot be undone.</source>
        <translation>Sus personas, incidentes, acciones, notas y versiones anteriores también se eliminan de esta bóveda. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="83"/>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="56"/>
        <source>Unlock your vault</source>
        <translation>Desbloquea tu bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="66"/>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="70"/>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="74"/>
        <source>Attempts left</source>
        <translation>Intentos restantes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="76"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="78"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="83"/>
        <source>Unlocking, please wait</source>
        <translation>Desbloqueando, espera por favor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="84"/>
        <source>Checking the passphrase…</source>
        <translation>Revisando la frase de acceso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/gui/unlock_screen.py" line="142"/>
        <source>%n attempt(s) left before this vault is wiped.</source>
        <translation>
            <numerusform>Queda %n intento antes de que se borre esta bóveda.</numerusform>
            <numerusform>Quedan %n intentos antes de que se borre esta bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="162"/>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Escribe tu frase de acceso y luego presiona Enter.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="226"/>
        <source>This vault is tied to this computer: it also needs this computer&apos;s keyring.</source>
        <translation>Esta bóveda está vinculada a esta computadora: también necesita el llavero del sistema de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="229"/>
        <source>This vault is protected by the passphrase only (not tied to this computer).</source>
        <translation>Esta bóveda está protegida solo con la frase de acceso (no está vinculada a esta computadora).</translation>
    </message>
</context>
</TS>
