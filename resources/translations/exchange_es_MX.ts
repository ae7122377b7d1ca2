<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
  <context>
    <name>BackupStatus</name>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="43" />
      <source>Last backup failed: see Vault ▸ Backups</source>
      <translation>Falló el último respaldo: ve a Bóveda ▸ Respaldos</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="48" />
      <source>No backup yet: set one up in Vault ▸ Backups</source>
      <translation>Aún no hay respaldo: configúralo en Bóveda ▸ Respaldos</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="51" />
      <source>No backup yet</source>
      <translation>Aún no hay respaldo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="55" />
      <source>Backup overdue: last one %1</source>
      <translation>Respaldo atrasado: el último fue el %1</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="60" />
      <source>Last backup %1 days ago: make a new one</source>
      <translation>Último respaldo hace %1 días: haz uno nuevo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="64" />
      <source>Last backup: %1</source>
      <translation>Último respaldo: %1</translation>
    </message>
  </context>
  <context>
    <name>BackupStatusButton</name>
    <message>
      <location filename="../../casevault/gui/exchange/backup_status.py" line="76" />
      <source>Backup status</source>
      <translation>Estado del respaldo</translation>
    </message>
  </context>
  <context>
    <name>CaseChecklist</name>
    <message>
      <location filename="../../casevault/gui/exchange/case_checklist.py" line="28" />
      <source>Find cases by code or any word…</source>
      <translation>Busca casos por clave o por cualquier palabra…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/case_checklist.py" line="29" />
      <source>Find cases to export</source>
      <translation>Buscar casos para exportar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/case_checklist.py" line="32" />
      <source>Cases to export</source>
      <translation>Casos para exportar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/case_checklist.py" line="83" />
      <source>%1 cases chosen.</source>
      <translation>Casos elegidos: %1.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/case_checklist.py" line="85" />
      <source>Only the first %1 matches are listed: type more to narrow.</source>
      <translation>Solo se muestran las primeras %1 coincidencias: escribe más para acotar.</translation>
    </message>
  </context>
  <context>
    <name>EncryptionChoice</name>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="57" />
      <source>To the organisation's &amp;keys (recommended)</source>
      <translation>Para las &amp;llaves de la organización (recomendado)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="58" />
      <source>To a pass&amp;phrase</source>
      <translation>Con una &amp;frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="63" />
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="133" />
      <source>Only someone holding one of the ticked private keys can open the file.</source>
      <translation>Solo quien tenga una de las llaves privadas marcadas podrá abrir el archivo.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="68" />
      <source>Recipients</source>
      <translation>Destinatarios</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="70" />
      <source>&amp;Manage recipients…</source>
      <translation>&amp;Administrar destinatarios…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="71" />
      <source>Export passphrase</source>
      <translation>Frase de contraseña de la exportación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="72" />
      <source>Repeat the export passphrase</source>
      <translation>Repite la frase de contraseña de la exportación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="74" />
      <source>Show the passphrase</source>
      <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="90" />
      <source>Passphrase:</source>
      <translation>Frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="92" />
      <source>Repeat it:</source>
      <translation>Repítela:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="129" />
      <source>No recipients saved yet: add the organisation's public key first.</source>
      <translation>Aún no hay destinatarios guardados: primero agrega la llave pública de la organización.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="159" />
      <source>Tick at least one recipient, or choose a passphrase.</source>
      <translation>Marca al menos un destinatario, o elige una frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="163" />
      <source>Type a passphrase for the export.</source>
      <translation>Escribe una frase de contraseña para la exportación.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="165" />
      <source>This passphrase would be guessed at once. Choose a longer one.</source>
      <translation>Esta frase de contraseña se adivinaría de inmediato. Elige una más larga.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/encryption_choice.py" line="167" />
      <source>The two passphrases are not the same yet.</source>
      <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
  </context>
  <context>
    <name>KeySource</name>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="49" />
      <source>The key file could not be read. Choose the age identity file again.</source>
      <translation>No se pudo leer el archivo de llave. Vuelve a elegir el archivo de identidad age.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="62" />
      <source>File to open</source>
      <translation>Archivo que se abrirá</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="63" />
      <source>No file chosen</source>
      <translation>Ningún archivo elegido</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="64" />
      <source>Choose &amp;file…</source>
      <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="65" />
      <source>With a &amp;key file (age identity)</source>
      <translation>Con un archivo de &amp;llave (identidad age)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="66" />
      <source>With a pass&amp;phrase</source>
      <translation>Con una &amp;frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="71" />
      <source>Key file</source>
      <translation>Archivo de llave</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="72" />
      <source>e.g. a file on the head office's USB stick</source>
      <translation>p. ej., un archivo en la memoria USB de la oficina central</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="73" />
      <source>Choose &amp;key file…</source>
      <translation>Elegir archivo de &amp;llave…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="74" />
      <source>Passphrase of the file</source>
      <translation>Frase de contraseña del archivo</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="83" />
      <source>File:</source>
      <translation>Archivo:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="105" />
      <source>Encrypted exports (*.age)</source>
      <translation>Exportaciones cifradas (*.age)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="112" />
      <source>Choose the key file</source>
      <translation>Elige el archivo de llave</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="135" />
      <source>Choose the file to open.</source>
      <translation>Elige el archivo que quieres abrir.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="137" />
      <source>There is no file %1.</source>
      <translation>No existe el archivo %1.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="141" />
      <source>Choose the key file that opens it.</source>
      <translation>Elige el archivo de llave que lo abre.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="143" />
      <source>There is no key file %1.</source>
      <translation>No existe el archivo de llave %1.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/key_source.py" line="145" />
      <source>Type the passphrase the file was made with.</source>
      <translation>Escribe la frase de contraseña con la que se hizo el archivo.</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <location filename="../../casevault/gui/exchange/progress_panel.py" line="23" />
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/progress_panel.py" line="24" />
      <location filename="../../casevault/gui/exchange/progress_panel.py" line="44" />
      <source>&amp;Cancel</source>
      <translation>&amp;Cancelar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/progress_panel.py" line="25" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/progress_panel.py" line="60" />
      <source>Stopping…</source>
      <translation>Deteniendo…</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/exchange/progress_panel.py" line="61" />
      <source>Stopping and removing what was written so far…</source>
      <translation>Deteniendo y borrando lo que se había escrito…</translation>
    </message>
  </context>
</TS>
