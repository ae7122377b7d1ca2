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
    <name>CLI</name>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="57" />
      <source>Cannot read %1 (%2).</source>
      <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="63" />
      <source>recipients file</source>
      <translation>archivo de destinatarios</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="80" />
      <source>There is no case with the code %1.</source>
      <translation>No hay ningún caso con el código %1.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="89" />
      <source>%1 already exists. Choose another file name.</source>
      <translation>%1 ya existe. Elige otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="91" />
      <source>The folder %1 does not exist.</source>
      <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="103" />
      <source>Passphrase for the export file: </source>
      <translation>Frase de acceso para el archivo de exportación: </translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="104" />
      <source>Exporting and checking:</source>
      <translation>Exportando y comprobando:</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="121" />
      <source>Exported %1 records and %2 attachments to %3 (%4 MiB), checked after writing. Signature: %5</source>
      <translation>Se exportaron %1 registros y %2 adjuntos a %3 (%4 MiB), comprobados después de escribirlos. Firma: %5</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="133" />
      <source>Signed by this vault's key %1
Fingerprint: %2</source>
      <translation>Firmado con la clave de esta bóveda %1
Huella: %2</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="141" />
      <source>identity file</source>
      <translation>archivo de identidad</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="142" />
      <source>Passphrase of the export file: </source>
      <translation>Frase de acceso del archivo de exportación: </translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="148" />
      <source>trusted</source>
      <translation>de confianza</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="150" />
      <source>NOT marked as trusted: compare the fingerprint with the sender</source>
      <translation>NO marcada como de confianza: compara la huella con quien la envió</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="154" />
      <source>Signed by vault %1, key fingerprint %2 (%3).</source>
      <translation>Firmado por la bóveda %1, huella de la clave %2 (%3).</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="161" />
      <source>Warning: this export has no signature; its sender is unknown.</source>
      <translation>Atención: esta exportación no tiene firma; no se sabe quién la envió.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="162" />
      <source>Exported at %1.</source>
      <translation>Exportado el %1.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="164" />
      <source>Imported: %1 added, %2 updated, %3 unchanged, %4 in conflict.</source>
      <translation>Importado: %1 agregados, %2 actualizados, %3 sin cambios, %4 en conflicto.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="166" />
      <source>Would import: %1 added, %2 updated, %3 unchanged, %4 in conflict.</source>
      <translation>Se importaría: %1 agregados, %2 actualizados, %3 sin cambios, %4 en conflicto.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="170" />
      <source>New attachments: %1</source>
      <translation>Adjuntos nuevos: %1</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="172" />
      <source>Cases: %1</source>
      <translation>Casos: %1</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="175" />
      <source>Records in conflict keep your version for now; their version is kept beside it. Choose between them in the CaseVault window (Vault &gt; Conflicts).</source>
      <translation>Los registros en conflicto conservan tu versión por ahora; la otra versión se guarda al lado. Elige entre ellas en la ventana de CaseVault (Bóveda &gt; Conflictos).</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="186" />
      <location filename="../../casevault/cli_exchange.py" line="241" />
      <source>There is no file %1.</source>
      <translation>No existe el archivo %1.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="190" />
      <source>Checking:</source>
      <translation>Comprobando:</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="205" />
      <source>Nothing was imported (--dry-run).</source>
      <translation>No se importó nada (--dry-run).</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="207" />
      <source>Importing:</source>
      <translation>Importando:</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="226" />
      <source>Wrote the identity (secret key) to %1. Keep it safe: whoever has it can read every export made for it. Give the public key below to the field teams.</source>
      <translation>Se escribió la identidad (clave secreta) en %1. Guárdala bien: quien la tenga puede leer todas las exportaciones hechas para ella. Da la clave pública de abajo a los equipos de campo.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="243" />
      <source>New passphrase for the restored vault: </source>
      <translation>Nueva frase de acceso para la bóveda restaurada: </translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="245" />
      <source>Restoring. This can take a while for a large backup...</source>
      <translation>Restaurando. Con un respaldo grande puede tardar un rato...</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="246" />
      <source>Restoring:</source>
      <translation>Restaurando:</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="278" />
      <source>Backing up:</source>
      <translation>Respaldando:</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="284" />
      <source>Backup written and checked: %1</source>
      <translation>Respaldo escrito y comprobado: %1</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange.py" line="291" />
      <source>Give the age public key (age1…) to add or remove.</source>
      <translation>Indica la clave pública de age (age1…) que quieres agregar o quitar.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="16" />
      <source>give a whole number of 1 or more</source>
      <translation>indica un número entero de 1 o más</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="24" />
      <location filename="../../casevault/cli_exchange_options.py" line="69" />
      <source>FILE</source>
      <translation>ARCHIVO</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="26" />
      <source>the age identity file (secret key) the export was made for</source>
      <translation>el archivo de identidad de age (clave secreta) para el que se hizo la exportación</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="31" />
      <source>the export was encrypted with a passphrase: ask for it</source>
      <translation>la exportación se cifró con una frase de acceso: pedirla</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="36" />
      <source>accept an export without its .sig file (its sender is unknown)</source>
      <translation>aceptar una exportación sin su archivo .sig (no se sabe quién la envió)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="47" />
      <source>write an encrypted, signed export (age file) of the vault</source>
      <translation>escribir una exportación cifrada y firmada (archivo age) de la bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="48" />
      <source>Write the whole vault, or chosen cases, to an encrypted age file that the standard age tool can open, with a signature file (.sig) beside it. The file is checked after writing; a failure leaves no file behind.
Without --recipient, --recipients-file or --passphrase, the vault's saved recipients are used.
With --passphrase-stdin, standard input gives: the vault passphrase, then (with --passphrase) the export passphrase.</source>
      <translation>Escribe toda la bóveda, o los casos elegidos, en un archivo age cifrado que la herramienta estándar age puede abrir, con un archivo de firma (.sig) al lado. El archivo se comprueba después de escribirlo; si algo falla no queda ningún archivo.
Sin --recipient, --recipients-file ni --passphrase se usan los destinatarios guardados en la bóveda.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso de la bóveda y luego (con --passphrase) la frase de acceso de la exportación.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="59" />
      <location filename="../../casevault/cli_exchange_options.py" line="139" />
      <source>OUT</source>
      <translation>SALIDA</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="59" />
      <location filename="../../casevault/cli_exchange_options.py" line="139" />
      <source>the new file</source>
      <translation>el archivo nuevo</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="63" />
      <location filename="../../casevault/cli_exchange_options.py" line="194" />
      <source>AGE1KEY</source>
      <translation>CLAVEAGE1</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="65" />
      <source>encrypt to this age public key (repeat for several)</source>
      <translation>cifrar para esta clave pública de age (repítelo para varias)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="71" />
      <source>encrypt to every age public key in this file, one per line</source>
      <translation>cifrar para cada clave pública de age de este archivo, una por línea</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="76" />
      <source>encrypt with a passphrase instead (asked for)</source>
      <translation>cifrar con una frase de acceso (se pide)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="80" />
      <source>CODE</source>
      <translation>CÓDIGO</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="82" />
      <source>export only this case (repeat for several)</source>
      <translation>exportar solo este caso (repítelo para varios)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="85" />
      <source>leave attachments out</source>
      <translation>dejar fuera los adjuntos</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="90" />
      <source>remove camera, GPS and author data from attached images and PDFs in the export</source>
      <translation>quitar los datos de cámara, GPS y autoría de las imágenes y PDF adjuntos en la exportación</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="97" />
      <source>leave out people's names, contacts and birth dates (pseudonyms only)</source>
      <translation>dejar fuera nombres, contactos y fechas de nacimiento de las personas (solo seudónimos)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="105" />
      <source>check an export and merge it into the vault</source>
      <translation>comprobar una exportación y combinarla con la bóveda</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="106" />
      <source>Check an export's signature, decrypt it and verify every part before anything is written, show what would change, then merge it into the vault in one step. Records edited differently in both vaults are kept side by side as conflicts.
With --passphrase-stdin, standard input gives: the vault passphrase, then (with --passphrase) the export passphrase.</source>
      <translation>Comprueba la firma de una exportación, la descifra y verifica cada parte antes de escribir nada, muestra lo que cambiaría y luego la combina con la bóveda en un solo paso. Los registros editados de forma distinta en ambas bóvedas se guardan lado a lado como conflictos.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso de la bóveda y luego (con --passphrase) la frase de acceso de la exportación.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="116" />
      <location filename="../../casevault/cli_exchange_options.py" line="154" />
      <source>IN</source>
      <translation>ENTRADA</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="116" />
      <source>the export</source>
      <translation>la exportación</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="120" />
      <source>only show what would change</source>
      <translation>solo mostrar lo que cambiaría</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="124" />
      <location filename="../../casevault/cli_exchange_options.py" line="195" />
      <source>LABEL</source>
      <translation>ETIQUETA</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="125" />
      <source>after importing, mark the signing vault as trusted under LABEL</source>
      <translation>después de importar, marcar la bóveda firmante como de confianza con ETIQUETA</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="130" />
      <source>write an age identity file and print its public key</source>
      <translation>escribir un archivo de identidad de age y mostrar su clave pública</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="131" />
      <source>Write a new age identity (secret key) for the head office to a new file, readable only by you, and print its public key for the field teams. age-keygen keys work the same.</source>
      <translation>Escribe una identidad de age nueva (clave secreta) para la oficina central en un archivo nuevo que solo tú puedes leer, y muestra su clave pública para los equipos de campo. Las claves de age-keygen funcionan igual.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="145" />
      <source>make a new vault from a full backup</source>
      <translation>crear una bóveda nueva a partir de un respaldo completo</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="146" />
      <source>Make a new vault in --vault DIR (which must be empty) from a full backup, with a new key and a new recovery key.
With --passphrase-stdin, standard input gives: the new vault's passphrase, then (with --passphrase) the backup's passphrase.</source>
      <translation>Crea una bóveda nueva en --vault CARPETA (que debe estar vacía) a partir de un respaldo completo, con una clave nueva y una clave de recuperación nueva.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso de la bóveda nueva y luego (con --passphrase) la frase de acceso del respaldo.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="154" />
      <source>the backup</source>
      <translation>el respaldo</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="161" />
      <source>write a full, checked backup to the backup folder now</source>
      <translation>escribir ahora un respaldo completo y comprobado en la carpeta de respaldos</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="162" />
      <source>Write a full encrypted backup to the vault's backup folder, check it, and keep only the newest ones. It is encrypted to the vault's saved recipients.
With --passphrase-stdin, standard input gives: the passphrase.</source>
      <translation>Escribe un respaldo cifrado completo en la carpeta de respaldos de la bóveda, lo comprueba y conserva solo los más recientes. Se cifra para los destinatarios guardados en la bóveda.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="171" />
      <source>DIR</source>
      <translation>CARPETA</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="173" />
      <source>set the backup folder (kept for next time)</source>
      <translation>fijar la carpeta de respaldos (se guarda para la próxima vez)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="177" />
      <source>N</source>
      <translation>N</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="179" />
      <source>how many backups to keep (default 7; kept for next time)</source>
      <translation>cuántos respaldos conservar (7 si no se indica; se guarda para la próxima vez)</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="185" />
      <source>list, add or remove the public keys exports are encrypted to</source>
      <translation>listar, agregar o quitar las claves públicas para las que se cifran las exportaciones</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_exchange_options.py" line="186" />
      <source>The head office's age public keys that exports and backups are encrypted to. Prints KEY&lt;TAB&gt;FINGERPRINT&lt;TAB&gt;LABEL per line.
With --passphrase-stdin, standard input gives: the passphrase.</source>
      <translation>Las claves públicas de age de la oficina central para las que se cifran exportaciones y respaldos. Muestra CLAVE&lt;TAB&gt;HUELLA&lt;TAB&gt;ETIQUETA por línea.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
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
