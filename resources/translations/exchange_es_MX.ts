<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>BackupRun</name>
    <message>
        <location filename="../../casevault/gui/exchange/backup_run.py" line="47"/>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_run.py" line="52"/>
        <source>Backup result</source>
        <translation>Resultado del respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_run.py" line="54"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_run.py" line="85"/>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Respaldo escrito y verificado: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_run.py" line="96"/>
        <source>Backup cancelled. No partial file was left behind.</source>
        <translation>Respaldo cancelado. No quedó ningún archivo a medias.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_run.py" line="98"/>
        <source>The backup failed: %1</source>
        <translation>El respaldo falló: %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="46"/>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="50"/>
        <source>Backup folder</source>
        <translation>Carpeta de respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="51"/>
        <source>e.g. a folder on a USB stick</source>
        <translation>p. ej., una carpeta en una memoria USB</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="52"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="53"/>
        <source>Back up when I &amp;quit CaseVault</source>
        <translation>Respaldar al &amp;salir de CaseVault</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="55"/>
        <source>Back up &amp;daily while the vault is open</source>
        <translation>Respaldar a &amp;diario mientras la bóveda está abierta</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="60"/>
        <source>Backups to keep</source>
        <translation>Respaldos que se conservan</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="61"/>
        <source> backups</source>
        <translation> respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="68"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="71"/>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conservar los últimos:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="74"/>
        <source>&amp;Recipients…</source>
        <translation>&amp;Destinatarios…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="79"/>
        <source>Last backup</source>
        <translation>Último respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="81"/>
        <source>Backup problem</source>
        <translation>Problema con el respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="82"/>
        <source>Save and &amp;back up now</source>
        <translation>Guardar y &amp;respaldar ahora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="94"/>
        <source>A backup is a full, encrypted copy of the vault, checked after it is written. Only the newest ones are kept; older ones are removed.</source>
        <translation>Un respaldo es una copia completa y cifrada de la bóveda, que se verifica después de escribirla. Solo se conservan los más recientes; los anteriores se borran.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="122"/>
        <source>Backups are encrypted to the organisation&apos;s keys, and none is saved yet: add one first.</source>
        <translation>Los respaldos se cifran para las claves de la organización y aún no hay ninguna guardada: agrega una primero.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="129"/>
        <source>Backups are encrypted to the saved recipients (%1).</source>
        <translation>Los respaldos se cifran para los destinatarios guardados (%1).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="136"/>
        <source>Last good backup: %1, %2</source>
        <translation>Último respaldo correcto: %1, %2</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="142"/>
        <source>No backup has been made yet.</source>
        <translation>Todavía no se ha hecho ningún respaldo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="144"/>
        <source>The last backup failed: %1</source>
        <translation>El último respaldo falló: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="153"/>
        <source>Choose the backup folder</source>
        <translation>Elige la carpeta de respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="171"/>
        <source>Choose a folder for the backups.</source>
        <translation>Elige una carpeta para los respaldos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_settings_dialog.py" line="174"/>
        <source>The folder %1 does not exist. Is the USB stick plugged in?</source>
        <translation>La carpeta %1 no existe. ¿Está conectada la memoria USB?</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="44"/>
        <source>Last backup failed: see Vault ▸ Backups</source>
        <translation>Falló el último respaldo: ve a Bóveda ▸ Respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="49"/>
        <source>No backup yet: set one up in Vault ▸ Backups</source>
        <translation>Aún no hay respaldo: configúralo en Bóveda ▸ Respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="52"/>
        <source>No backup yet</source>
        <translation>Aún no hay respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="57"/>
        <source>Backup overdue: last one %1</source>
        <translation>Respaldo atrasado: el último fue el %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="62"/>
        <source>Last backup %1 days ago: make a new one</source>
        <translation>Último respaldo hace %1 días: haz uno nuevo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="66"/>
        <source>Last backup: %1</source>
        <translation>Último respaldo: %1</translation>
    </message>
</context>
<context>
    <name>BackupStatusButton</name>
    <message>
        <location filename="../../casevault/gui/exchange/backup_status.py" line="78"/>
        <source>Backup status</source>
        <translation>Estado del respaldo</translation>
    </message>
</context>
<context>
    <name>CaseChecklist</name>
    <message>
        <location filename="../../casevault/gui/exchange/case_checklist.py" line="29"/>
        <source>Find cases by code or any word…</source>
        <translation>Busca casos por clave o por cualquier palabra…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/case_checklist.py" line="30"/>
        <source>Find cases to export</source>
        <translation>Buscar casos para exportar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/case_checklist.py" line="33"/>
        <source>Cases to export</source>
        <translation>Casos para exportar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/case_checklist.py" line="86"/>
        <source>Cases chosen: %1.</source>
        <translation>Casos elegidos: %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/case_checklist.py" line="88"/>
        <source>Only the first %1 matches are listed: type more to narrow.</source>
        <translation>Solo se muestran las primeras %1 coincidencias: escribe más para acotar.</translation>
    </message>
</context>
<context>
    <name>ConflictField</name>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="37"/>
        <source>Code</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="38"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="39"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="40"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="41"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="42"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="43"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="44"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="45"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="46"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="47"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="48"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="49"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="51"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="52"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="53"/>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="54"/>
        <source>State</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="55"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="56"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="57"/>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="58"/>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="59"/>
        <source>Narrative</source>
        <translation>Narración</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="60"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="61"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="62"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="63"/>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="64"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="65"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="66"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="67"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="95"/>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="106"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="99"/>
        <source>These records were changed both in this vault and in a file you imported. For each one, keep this vault&apos;s version or the imported one. Fields that differ are highlighted.</source>
        <translation>Estos registros se cambiaron tanto en esta bóveda como en un archivo que importaste. En cada uno, conserva la versión de esta bóveda o la importada. Los campos que difieren están resaltados.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="110"/>
        <source>The two versions, field by field</source>
        <translation>Las dos versiones, campo por campo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="119"/>
        <source>Keep &amp;this vault&apos;s version</source>
        <translation>Conservar la versión de es&amp;ta bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="120"/>
        <source>Keep the &amp;imported version</source>
        <translation>Conservar la versión &amp;importada</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="121"/>
        <source>No conflicts left.</source>
        <translation>Ya no quedan conflictos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="138"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="184"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="185"/>
        <source>This vault (version %1)</source>
        <translation>Esta bóveda (versión %1)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/conflicts_dialog.py" line="186"/>
        <source>Imported (version %1)</source>
        <translation>Importada (versión %1)</translation>
    </message>
</context>
<context>
    <name>EncryptionChoice</name>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="57"/>
        <source>To the organisation&apos;s &amp;keys (recommended)</source>
        <translation>Para las &amp;claves de la organización (recomendado)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="58"/>
        <source>To a pass&amp;phrase</source>
        <translation>Con una &amp;frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="63"/>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="133"/>
        <source>Only someone holding one of the ticked private keys can open the file.</source>
        <translation>Solo quien tenga una de las claves privadas marcadas podrá abrir el archivo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="68"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="70"/>
        <source>&amp;Manage recipients…</source>
        <translation>&amp;Administrar destinatarios…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="71"/>
        <source>Export passphrase</source>
        <translation>Frase de acceso de la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="72"/>
        <source>Repeat the export passphrase</source>
        <translation>Repite la frase de acceso de la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="74"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="90"/>
        <source>Passphrase:</source>
        <translation>Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="92"/>
        <source>Repeat it:</source>
        <translation>Repítela:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="129"/>
        <source>No recipients saved yet: add the organisation&apos;s public key first.</source>
        <translation>Aún no hay destinatarios guardados: primero agrega la clave pública de la organización.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="159"/>
        <source>Tick at least one recipient, or choose a passphrase.</source>
        <translation>Marca al menos un destinatario, o elige una frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="163"/>
        <source>Type a passphrase for the export.</source>
        <translation>Escribe una frase de acceso para la exportación.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="165"/>
        <source>This passphrase would be guessed at once. Choose a longer one.</source>
        <translation>Esta frase de acceso se adivinaría de inmediato. Elige una más larga.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/encryption_choice.py" line="167"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de acceso todavía no son iguales.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="43"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="44"/>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="45"/>
        <source>Co&amp;nflicts…</source>
        <translation>Co&amp;nflictos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="47"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Respaldar ahora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="48"/>
        <source>Bac&amp;kups…</source>
        <translation>Res&amp;paldos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="50"/>
        <source>&amp;Recipients…</source>
        <translation>&amp;Destinatarios…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="59"/>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="102"/>
        <source>1 conflict to resolve</source>
        <translation>1 conflicto por resolver</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="103"/>
        <source>%1 conflicts to resolve</source>
        <translation>%1 conflictos por resolver</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="166"/>
        <source>Recipients for exports…</source>
        <translation>Destinatarios de las exportaciones…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="167"/>
        <source>Backups…</source>
        <translation>Respaldos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="176"/>
        <source>Backing up the whole vault…</source>
        <translation>Respaldando toda la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="185"/>
        <source>Daily backup of the vault…</source>
        <translation>Respaldo diario de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/actions.py" line="220"/>
        <source>Backing up before quitting…</source>
        <translation>Respaldando antes de salir…</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="50"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="52"/>
        <source>Choose the export to import</source>
        <translation>Elige la exportación que quieres importar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="58"/>
        <source>Choose an export (.age) made by CaseVault, and the key file or passphrase that opens it. The signature file (.age.sig) must be beside it. Nothing is written to your vault until you have seen what would change.</source>
        <translation>Elige una exportación (.age) hecha por CaseVault, y el archivo de clave o la frase de acceso que la abre. El archivo de firma (.age.sig) debe estar a su lado. No se escribe nada en tu bóveda hasta que veas qué cambiaría.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="67"/>
        <source>Check it &amp;without a signature (who made the file cannot be checked)</source>
        <translation>Revisarlo &amp;sin firma (no se podrá comprobar quién hizo el archivo)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="82"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="96"/>
        <source>Import message</source>
        <translation>Mensaje de la importación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="97"/>
        <source>&amp;Check the file</source>
        <translation>&amp;Revisar el archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="98"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="99"/>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="157"/>
        <source>Checking the signature, decrypting and comparing…</source>
        <translation>Comprobando la firma, descifrando y comparando…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="193"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="203"/>
        <source>Import finished.
New records: %1
Updated records: %2
Unchanged records: %3
Conflicts to resolve: %4</source>
        <translation>Importación terminada.
Registros nuevos: %1
Registros actualizados: %2
Registros sin cambios: %3
Conflictos por resolver: %4</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="239"/>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/import_dialog.py" line="242"/>
        <source>Nothing was changed in your vault.</source>
        <translation>No se cambió nada en tu bóveda.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="44"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="58"/>
        <source>Why the export cannot start</source>
        <translation>Por qué no puede empezar la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="59"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="61"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="124"/>
        <source>Encrypting and writing %1…</source>
        <translation>Cifrando y escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="136"/>
        <source>Export finished: %1 records and %2 attachments.</source>
        <translation>Exportación terminada: %1 registros y %2 archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="154"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_dialog.py" line="156"/>
        <source>No file was written.</source>
        <translation>No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="47"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="48"/>
        <source>The &amp;whole vault (a full backup)</source>
        <translation>&amp;Toda la bóveda (un respaldo completo)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="50"/>
        <source>C&amp;hosen cases:</source>
        <translation>Casos e&amp;legidos:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="62"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="63"/>
        <source>Without &amp;attachments</source>
        <translation>Sin archivos &amp;adjuntos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="64"/>
        <source>&amp;Strip hidden metadata from images and PDFs</source>
        <translation>&amp;Quitar los metadatos ocultos de imágenes y PDF</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="65"/>
        <source>&amp;Redact protected identity fields</source>
        <translation>&amp;Omitir los datos de identidad protegidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="73"/>
        <source>Metadata (camera, place, author) is removed from the copies in the export only; the originals in the vault stay as they are. Redacting keeps pseudonyms and leaves out full names and contacts.</source>
        <translation>Los metadatos (cámara, lugar, autor) se quitan solo de las copias en la exportación; los originales en la bóveda quedan como están. Al omitir datos de identidad se conservan los seudónimos y se dejan fuera nombres completos y contactos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="82"/>
        <source>Who can open it</source>
        <translation>Quién puede abrirla</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="86"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="88"/>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="89"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="90"/>
        <source>Choose where to save the export</source>
        <translation>Elige dónde guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="120"/>
        <source>The &amp;selected case (none is selected)</source>
        <translation>El caso &amp;seleccionado (no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="122"/>
        <source>The &amp;selected case: %1</source>
        <translation>El caso &amp;seleccionado: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="133"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="135"/>
        <source>Encrypted exports (*.age)</source>
        <translation>Exportaciones cifradas (*.age)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="159"/>
        <source>Tick at least one case to export.</source>
        <translation>Marca al menos un caso para exportar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="165"/>
        <source>Choose where to save the export.</source>
        <translation>Elige dónde guardar la exportación.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="167"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/export_form.py" line="169"/>
        <source>A file with this name exists already: choose another name.</source>
        <translation>Ya existe un archivo con este nombre: elige otro.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="49"/>
        <source>The key file could not be read. Choose the age identity file again.</source>
        <translation>No se pudo leer el archivo de clave. Vuelve a elegir el archivo de identidad age.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="62"/>
        <source>File to open</source>
        <translation>Archivo que se abrirá</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="63"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="64"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="65"/>
        <source>With a &amp;key file (age identity)</source>
        <translation>Con un archivo de &amp;clave (identidad age)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="66"/>
        <source>With a pass&amp;phrase</source>
        <translation>Con una &amp;frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="71"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="72"/>
        <source>e.g. a file on the head office&apos;s USB stick</source>
        <translation>p. ej., un archivo en la memoria USB de la oficina central</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="73"/>
        <source>Choose &amp;key file…</source>
        <translation>Elegir archivo de &amp;clave…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="74"/>
        <source>Passphrase of the file</source>
        <translation>Frase de acceso del archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="83"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="105"/>
        <source>Encrypted exports (*.age)</source>
        <translation>Exportaciones cifradas (*.age)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="112"/>
        <source>Choose the key file</source>
        <translation>Elige el archivo de clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="135"/>
        <source>Choose the file to open.</source>
        <translation>Elige el archivo que quieres abrir.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="137"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="141"/>
        <source>Choose the key file that opens it.</source>
        <translation>Elige el archivo de clave que lo abre.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="143"/>
        <source>There is no key file %1.</source>
        <translation>No existe el archivo de clave %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/key_source.py" line="145"/>
        <source>Type the passphrase the file was made with.</source>
        <translation>Escribe la frase de acceso con la que se hizo el archivo.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="37"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="41"/>
        <source>Signing key fingerprint</source>
        <translation>Huella de la clave de firma</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="46"/>
        <source>&amp;Trust this signing key from now on, as:</source>
        <translation>&amp;Confiar desde ahora en esta clave de firma, como:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="48"/>
        <source>e.g. Laptop of the Tapachula team</source>
        <translation>p. ej., Laptop del equipo de Tapachula</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="49"/>
        <source>Label for the signing key</source>
        <translation>Nombre para la clave de firma</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="54"/>
        <source>Trust a key only after checking its fingerprint with the person who sent the file, for example by phone.</source>
        <translation>Confía en una clave solo después de comprobar su huella con la persona que envió el archivo, por ejemplo por teléfono.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="68"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="69"/>
        <source>Vault:</source>
        <translation>Bóveda:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="70"/>
        <source>Exported:</source>
        <translation>Exportado:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="74"/>
        <source>What importing would change</source>
        <translation>Qué cambiaría al importar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="78"/>
        <source>New records:</source>
        <translation>Registros nuevos:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="79"/>
        <source>Updated records:</source>
        <translation>Registros actualizados:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="80"/>
        <source>Unchanged records:</source>
        <translation>Registros sin cambios:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="81"/>
        <source>Conflicts to resolve:</source>
        <translation>Conflictos por resolver:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="82"/>
        <source>Attachments:</source>
        <translation>Archivos adjuntos:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="89"/>
        <source>Cases touched</source>
        <translation>Casos afectados</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="92"/>
        <source>Conflicts: the same record was changed here and in the file. Both versions are kept and you choose one afterwards (Vault ▸ Conflicts…).</source>
        <translation>Conflictos: el mismo registro se cambió aquí y en el archivo. Se conservan las dos versiones y después eliges una (Bóveda ▸ Conflictos…).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="104"/>
        <source>Cases touched:</source>
        <translation>Casos afectados:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="110"/>
        <source>Nothing has been written to your vault yet. Apply to import, or Cancel.</source>
        <translation>Todavía no se ha escrito nada en tu bóveda. Aplica para importar, o cancela.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="127"/>
        <source>Not signed: who made this file cannot be checked.</source>
        <translation>Sin firma: no se puede comprobar quién hizo este archivo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="130"/>
        <source>Signed with a key you trust.</source>
        <translation>Firmado con una clave en la que confías.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="134"/>
        <source>Signed correctly, but with a key you have not marked as trusted.</source>
        <translation>Firmado correctamente, pero con una clave que no has marcado como de confianza.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/preview_view.py" line="157"/>
        <source>Trusted signing key</source>
        <translation>Clave de firma de confianza</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../casevault/gui/exchange/progress_panel.py" line="24"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/progress_panel.py" line="25"/>
        <location filename="../../casevault/gui/exchange/progress_panel.py" line="45"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/progress_panel.py" line="26"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/progress_panel.py" line="61"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/progress_panel.py" line="62"/>
        <source>Stopping and removing what was written so far…</source>
        <translation>Deteniendo y borrando lo que se había escrito…</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="40"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="44"/>
        <source>This vault&apos;s signing key</source>
        <translation>Clave de firma de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="47"/>
        <source>Fingerprint of this vault&apos;s signing key</source>
        <translation>Huella de la clave de firma de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="54"/>
        <source>Every export from this vault is signed with this key. Read the fingerprint to head office so they can check that an export came from you.</source>
        <translation>Cada exportación de esta bóveda se firma con esta clave. Lee la huella a la oficina central para que pueda comprobar que una exportación vino de ti.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="62"/>
        <source>Exports are encrypted to these keys</source>
        <translation>Las exportaciones se cifran para estas claves</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="65"/>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="89"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="65"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="65"/>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="86"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="67"/>
        <source>Saved recipients</source>
        <translation>Destinatarios guardados</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="82"/>
        <source>Add a recipient</source>
        <translation>Agregar un destinatario</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="88"/>
        <source>e.g. Head office Oaxaca</source>
        <translation>p. ej., Oficina central Oaxaca</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="91"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="93"/>
        <source>Why the key was not added</source>
        <translation>Por qué no se agregó la clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="96"/>
        <source>&amp;Public key:</source>
        <translation>Clave &amp;pública:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="97"/>
        <source>&amp;Label:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="106"/>
        <source>Ask head office for their public key: one line starting with age1. Never paste a private key (AGE-SECRET-KEY-…) here.</source>
        <translation>Pide a la oficina central su clave pública: una línea que empieza con age1. Nunca pegues aquí una clave privada (AGE-SECRET-KEY-…).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="158"/>
        <source>This is a private key. Keep it secret and paste the public key (starting with age1) instead.</source>
        <translation>Esta es una clave privada. Mantenla en secreto y pega en su lugar la clave pública (la que empieza con age1).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="164"/>
        <source>Paste the public key first.</source>
        <translation>Primero pega la clave pública.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/recipients_dialog.py" line="167"/>
        <source>Give the key a label, such as the office it belongs to.</source>
        <translation>Ponle un nombre a la clave, como la oficina a la que pertenece.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="21"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="22"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="23"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="24"/>
        <source>Signature file</source>
        <translation>Archivo de firma</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="25"/>
        <source>Signed by this vault&apos;s key</source>
        <translation>Firmado con la clave de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="27"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="28"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="29"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="30"/>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="31"/>
        <source>Signing key:</source>
        <translation>Clave de firma:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/exchange/result_view.py" line="34"/>
        <source>Send the signature file together with the export. Head office can check the signing key&apos;s fingerprint with you by phone before trusting it.</source>
        <translation>Envía el archivo de firma junto con la exportación. La oficina central puede comprobar contigo por teléfono la huella de la clave de firma antes de confiar en ella.</translation>
    </message>
</context>
</TS>
