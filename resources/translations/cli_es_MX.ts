<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Attach</name>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="38"/>
        <source>add evidence files (photos, audio, documents) to a case</source>
        <translation>agregar archivos de evidencia (fotos, audios, documentos) a un caso</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="39"/>
        <source>Add files to a case as evidence. Each file is stored inside the encrypted vault unchanged, with its SHA-256 fingerprint, type and metadata; the fingerprint and name of each stored file are printed, one per line.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Agrega archivos a un caso como evidencia. Cada archivo se guarda sin cambios dentro de la bóveda cifrada, con su huella SHA-256, su tipo y sus metadatos; se muestran la huella y el nombre de cada archivo guardado, uno por línea.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="49"/>
        <source>CASE_CODE</source>
        <translation>CÓDIGO_DEL_CASO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="50"/>
        <source>the case&apos;s code</source>
        <translation>el código del caso</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="54"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="57"/>
        <source>the files to add</source>
        <translation>los archivos que quieres agregar</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="62"/>
        <source>delete each file once its stored copy has been checked. On SSDs and memory cards deleted data can often still be recovered: this is not a secure erase</source>
        <translation>borrar cada archivo en cuanto se haya comprobado su copia guardada. En discos SSD y tarjetas de memoria los datos borrados a menudo todavía se pueden recuperar: esto no es un borrado seguro</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="88"/>
        <source>Not added: %1 — %2</source>
        <translation>No se agregó: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/evidence.py" line="99"/>
        <source>Added %n file(s) to case %1.</source>
        <translation>
            <numerusform>Se agregó %n archivo al caso %1.</numerusform>
            <numerusform>Se agregaron %n archivos al caso %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="107"/>
        <source>The source files were deleted. On SSDs, USB sticks and memory cards the deleted data can often still be recovered: to be sure, destroy or fully erase the card.</source>
        <translation>Se borraron los archivos originales. En discos SSD, memorias USB y tarjetas de memoria los datos borrados a menudo todavía se pueden recuperar: para estar seguro, destruye la tarjeta o bórrala por completo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="122"/>
        <source>%1 is a folder. Give the files in it, e.g. %1/*</source>
        <translation>%1 es una carpeta. Indica los archivos que contiene, por ejemplo %1/*</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="126"/>
        <source>There is no file %1. Check its name and folder.</source>
        <translation>No existe el archivo %1. Revisa su nombre y su carpeta.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="130"/>
        <source>You may not read %1. Check its permissions.</source>
        <translation>No tienes permiso para leer %1. Revisa sus permisos.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="139"/>
        <source>There is no case with the code %1. Nothing was added. Check the code (casevault search finds cases by their words).</source>
        <translation>No hay ningún caso con el código %1. No se agregó nada. Revisa el código (casevault search encuentra casos por sus palabras).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="154"/>
        <source>%1 carries a GPS position (where it was taken).</source>
        <translation>%1 contiene una ubicación GPS (dónde se tomó).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="159"/>
        <source>%1 carries an author&apos;s name.</source>
        <translation>%1 contiene el nombre de un autor.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="163"/>
        <source>%1 was added but could not be deleted: delete it yourself.</source>
        <translation>%1 se agregó pero no se pudo borrar: bórralo tú.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/evidence.py" line="171"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Agregando %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../casevault/cli/main.py" line="45"/>
        <source>to open the window, give no arguments but --vault DIR</source>
        <translation>para abrir la ventana, no des más argumentos que --vault CARPETA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/main.py" line="49"/>
        <location filename="../../casevault/__main__.py" line="41"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/main.py" line="73"/>
        <source>CaseVault could not read or write a file: %1. Check that the vault folder exists, that you may write to it and that the disk is not full.</source>
        <translation>CaseVault no pudo leer o escribir un archivo: %1. Revisa que la carpeta de la bóveda exista, que tengas permiso para escribir en ella y que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/main.py" line="85"/>
        <source>CaseVault stopped because of an unexpected problem (%1). Nothing secret was shown. Check the vault with: casevault info</source>
        <translation>CaseVault se detuvo por un problema inesperado (%1). No se mostró nada secreto. Revisa la bóveda con: casevault info</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/main.py" line="100"/>
        <source>Vault folder: %1
To create a vault there: casevault init --vault %1</source>
        <translation>Carpeta de la bóveda: %1
Para crear una bóveda ahí: casevault init --vault %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/main.py" line="106"/>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/main.py" line="108"/>
        <source>If you have forgotten it, set a new one with the recovery key: casevault recover</source>
        <translation>Si la olvidaste, pon una nueva con la clave de recuperación: casevault recover</translation>
    </message>
    <message>
        <location filename="../../casevault/__main__.py" line="76"/>
        <source>The CaseVault window cannot start here (%1). The commands still work: see casevault --help</source>
        <translation>La ventana de CaseVault no puede abrirse aquí (%1). Los comandos sí funcionan: consulta casevault --help</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="49"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="50"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="51"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="52"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="53"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="54"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="55"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="56"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="57"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="58"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="59"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="60"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="61"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="62"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="82"/>
        <source>the vault folder cannot be empty</source>
        <translation>la carpeta de la bóveda no puede estar vacía</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="28"/>
        <source>give a whole number of 1 or more</source>
        <translation>indica un número entero de 1 o más</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="35"/>
        <source>the age identity file (secret key) the export was made for</source>
        <translation>el archivo de identidad de age (clave secreta) para el que se hizo la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="40"/>
        <source>the export was encrypted with a passphrase: ask for it</source>
        <translation>la exportación se cifró con una frase de acceso: pedirla</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="45"/>
        <source>accept an export without its .sig file (its sender is unknown)</source>
        <translation>aceptar una exportación sin su archivo .sig (no se sabe quién la envió)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="82"/>
        <source>write an encrypted, signed export (age file) of the vault</source>
        <translation>escribir una exportación cifrada y firmada (archivo age) de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="83"/>
        <source>Write the whole vault, or chosen cases, to an encrypted age file that the standard age tool can open, with a signature file (.sig) beside it. The file is checked after writing; a failure leaves no file behind.
Without --recipient, --recipients-file or --passphrase, the vault&apos;s saved recipients are used.
With --passphrase-stdin, standard input gives: the vault passphrase, then (with --passphrase) the export passphrase.</source>
        <translation>Escribe toda la bóveda, o los casos elegidos, en un archivo age cifrado que la herramienta estándar age puede abrir, con un archivo de firma (.sig) al lado. El archivo se comprueba después de escribirlo; si algo falla no queda ningún archivo.
Sin --recipient, --recipients-file ni --passphrase se usan los destinatarios guardados en la bóveda.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso de la bóveda y luego (con --passphrase) la frase de acceso de la exportación.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="94"/>
        <location filename="../../casevault/cli/exchange.py" line="338"/>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="94"/>
        <location filename="../../casevault/cli/exchange.py" line="338"/>
        <source>the new file</source>
        <translation>el archivo nuevo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="98"/>
        <location filename="../../casevault/cli/exchange.py" line="377"/>
        <source>AGE1KEY</source>
        <translation>CLAVEAGE1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="100"/>
        <source>encrypt to this age public key (repeat for several)</source>
        <translation>cifrar para esta clave pública de age (repítelo para varias)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="106"/>
        <source>encrypt to every age public key in this file, one per line</source>
        <translation>cifrar para cada clave pública de age de este archivo, una por línea</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="111"/>
        <source>encrypt with a passphrase instead (asked for)</source>
        <translation>cifrar con una frase de acceso (se pide)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="115"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="117"/>
        <source>export only this case (repeat for several)</source>
        <translation>exportar solo este caso (repítelo para varios)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="120"/>
        <source>leave attachments out</source>
        <translation>dejar fuera los adjuntos</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="125"/>
        <source>remove camera, GPS and author data from attached images and PDFs in the export</source>
        <translation>quitar los datos de cámara, GPS y autoría de las imágenes y PDF adjuntos en la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="133"/>
        <source>leave out people&apos;s names, contacts and birth dates (pseudonyms only)</source>
        <translation>dejar fuera nombres, contactos y fechas de nacimiento de las personas (solo seudónimos)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="231"/>
        <source>check an export and merge it into the vault</source>
        <translation>comprobar una exportación y combinarla con la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="232"/>
        <source>Check an export&apos;s signature, decrypt it and verify every part before anything is written, show what would change, then merge it into the vault in one step. Records edited differently in both vaults are kept side by side as conflicts.
With --passphrase-stdin, standard input gives: the vault passphrase, then (with --passphrase) the export passphrase.</source>
        <translation>Comprueba la firma de una exportación, la descifra y verifica cada parte antes de escribir nada, muestra lo que cambiaría y luego la combina con la bóveda en un solo paso. Los registros editados de forma distinta en ambas bóvedas se guardan lado a lado como conflictos.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso de la bóveda y luego (con --passphrase) la frase de acceso de la exportación.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="49"/>
        <location filename="../../casevault/cli/exchange.py" line="242"/>
        <source>IN</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="242"/>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="246"/>
        <source>only show what would change</source>
        <translation>solo mostrar lo que cambiaría</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="250"/>
        <location filename="../../casevault/cli/exchange.py" line="378"/>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="251"/>
        <source>after importing, mark the signing vault as trusted under LABEL</source>
        <translation>después de importar, marcar la bóveda firmante como de confianza con ETIQUETA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="329"/>
        <source>write an age identity file and print its public key</source>
        <translation>escribir un archivo de identidad de age y mostrar su clave pública</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="330"/>
        <source>Write a new age identity (secret key) for the head office to a new file, readable only by you, and print its public key for the field teams. age-keygen keys work the same.</source>
        <translation>Escribe una identidad de age nueva (clave secreta) para la oficina central en un archivo nuevo que solo tú puedes leer, y muestra su clave pública para los equipos de campo. Las claves de age-keygen funcionan igual.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="40"/>
        <source>make a new vault from a full backup</source>
        <translation>crear una bóveda nueva a partir de un respaldo completo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="41"/>
        <source>Make a new vault in --vault DIR (which must be empty) from a full backup, with a new key and a new recovery key.
With --passphrase-stdin, standard input gives: the new vault&apos;s passphrase, then (with --passphrase) the backup&apos;s passphrase.</source>
        <translation>Crea una bóveda nueva en --vault CARPETA (que debe estar vacía) a partir de un respaldo completo, con una clave nueva y una clave de recuperación nueva.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso de la bóveda nueva y luego (con --passphrase) la frase de acceso del respaldo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="49"/>
        <source>the backup</source>
        <translation>el respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="82"/>
        <source>write a full, checked backup to the backup folder now</source>
        <translation>escribir ahora un respaldo completo y comprobado en la carpeta de respaldos</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="83"/>
        <source>Write a full encrypted backup to the vault&apos;s backup folder, check it, and keep only the newest ones. It is encrypted to the vault&apos;s saved recipients.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Escribe un respaldo cifrado completo en la carpeta de respaldos de la bóveda, lo comprueba y conserva solo los más recientes. Se cifra para los destinatarios guardados en la bóveda.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="92"/>
        <location filename="../../casevault/cli/parser.py" line="93"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="94"/>
        <source>set the backup folder (kept for next time)</source>
        <translation>fijar la carpeta de respaldos (se guarda para la próxima vez)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="100"/>
        <source>how many backups to keep (default 7; kept for next time)</source>
        <translation>cuántos respaldos conservar (7 si no se indica; se guarda para la próxima vez)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="366"/>
        <source>list, add or remove the public keys exports are encrypted to</source>
        <translation>listar, agregar o quitar las claves públicas para las que se cifran las exportaciones</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="367"/>
        <source>The head office&apos;s age public keys that exports and backups are encrypted to. Prints KEY&lt;TAB&gt;FINGERPRINT&lt;TAB&gt;LABEL per line.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Las claves públicas de age de la oficina central para las que se cifran exportaciones y respaldos. Muestra CLAVE&lt;TAB&gt;HUELLA&lt;TAB&gt;ETIQUETA por línea.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="96"/>
        <source>the vault folder (default: the vault in your user data folder)</source>
        <translation>la carpeta de la bóveda (por omisión: la bóveda en tu carpeta de datos de usuario)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="105"/>
        <source>read the secrets from standard input, one per line, instead of asking on the terminal (for scripts)</source>
        <translation>lee los secretos de la entrada estándar, uno por línea, en lugar de pedirlos en la terminal (para scripts)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="115"/>
        <source>CaseVault keeps confidential case files in an encrypted vault, offline.
Without a command, the CaseVault window opens.</source>
        <translation>CaseVault guarda expedientes de casos confidenciales en una bóveda cifrada, sin conexión.
Sin un comando, se abre la ventana de CaseVault.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="120"/>
        <source>exit status: 0 done; 1 other error; 2 wrong use of the command line;
3 wrong passphrase or key; 4 damaged or altered vault files;
5 vault in use by another program.
Passphrases and keys are never given as arguments: CaseVault asks for them.</source>
        <translation>código de salida: 0 listo; 1 otro error; 2 uso incorrecto de la línea de comandos;
3 frase de acceso o clave incorrecta; 4 archivos de la bóveda dañados o alterados;
5 bóveda en uso por otro programa.
Las frases de acceso y las claves nunca se dan como argumentos: CaseVault las pide.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="132"/>
        <source>show the version number and exit</source>
        <translation>muestra el número de versión y termina</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="136"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/parser.py" line="137"/>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="104"/>
        <source>create a new vault and show its recovery key once</source>
        <translation>crea una bóveda nueva y muestra su clave de recuperación una sola vez</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="105"/>
        <source>Create a new, empty vault protected by a passphrase, and show its recovery key once.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Crea una bóveda nueva y vacía protegida con una frase de acceso, y muestra su clave de recuperación una sola vez.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="113"/>
        <source>also tie the vault to this computer with a key kept in the system keyring (default when a keyring is available)</source>
        <translation>además vincula la bóveda a esta computadora con una clave guardada en el llavero del sistema (por omisión cuando hay un llavero disponible)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="49"/>
        <source>protect the vault with the passphrase only</source>
        <translation>protege la bóveda solo con la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="133"/>
        <source>show facts about the vault without unlocking it</source>
        <translation>muestra datos de la bóveda sin desbloquearla</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="134"/>
        <source>Show facts about the vault read from its key file, without unlocking it: format, key derivation settings, key slots and device binding.</source>
        <translation>Muestra datos de la bóveda leídos de su archivo de claves, sin desbloquearla: formato, parámetros de derivación de la clave, espacios de clave y vinculación al equipo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="198"/>
        <source>change the passphrase (the case data is not touched)</source>
        <translation>cambia la frase de acceso (los datos de los casos no se tocan)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="199"/>
        <source>Change the vault&apos;s passphrase. Only the key file changes; the case data stays exactly as it is and the recovery key keeps working.
With --passphrase-stdin, standard input gives: the current passphrase, then the new one.</source>
        <translation>Cambia la frase de acceso de la bóveda. Solo cambia el archivo de claves; los datos de los casos quedan exactamente igual y la clave de recuperación sigue funcionando.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso actual y luego la nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="234"/>
        <source>set a new passphrase using the recovery key</source>
        <translation>pon una frase de acceso nueva usando la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="235"/>
        <source>Set a new passphrase using the recovery key written down when the vault was created (for a forgotten passphrase or a new laptop).
With --passphrase-stdin, standard input gives: the recovery key, then the new passphrase.</source>
        <translation>Pon una frase de acceso nueva usando la clave de recuperación que anotaste al crear la bóveda (si olvidaste la frase de acceso o tienes una laptop nueva).
Con --passphrase-stdin, la entrada estándar da: la clave de recuperación y luego la frase de acceso nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="89"/>
        <source>emergency wipe: destroy the vault&apos;s keys and files now</source>
        <translation>borrado de emergencia: destruye ahora las claves y los archivos de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="90"/>
        <source>Emergency wipe. The vault&apos;s key file is overwritten with random data and deleted, the device secret is removed from the keyring and the database files are deleted, in well under a second whatever the vault&apos;s size. Afterwards no passphrase and no recovery key opens the vault, nor any copy of its database. This cannot be undone: keep encrypted exports at the head office.
On a terminal you are asked to type a confirmation word first.</source>
        <translation>Borrado de emergencia. El archivo de claves de la bóveda se sobrescribe con datos aleatorios y se elimina, el secreto del equipo se quita del llavero y se eliminan los archivos de la base de datos, en mucho menos de un segundo sea cual sea el tamaño de la bóveda. Después, ninguna frase de acceso ni clave de recuperación abre la bóveda, ni ninguna copia de su base de datos. No se puede deshacer: mantenga exportaciones cifradas en la oficina central.
En una terminal primero se le pide escribir una palabra de confirmación.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="103"/>
        <source>wipe without asking for confirmation (for scripts and panic buttons)</source>
        <translation>borra sin pedir confirmación (para scripts y botones de pánico)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="48"/>
        <source>Standard input is not a terminal, so CaseVault cannot ask for the passphrase safely. From a script, add --passphrase-stdin and send one secret per line.</source>
        <translation>La entrada estándar no es una terminal, así que CaseVault no puede pedir la frase de acceso de forma segura. Desde un script, agrega --passphrase-stdin y envía un secreto por línea.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="64"/>
        <source>Nothing was entered. Nothing was changed.</source>
        <translation>No se escribió nada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="73"/>
        <source>The passphrase cannot be empty. Try again.</source>
        <translation>La frase de acceso no puede estar vacía. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="75"/>
        <source>Type the same passphrase again: </source>
        <translation>Escribe otra vez la misma frase de acceso: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="78"/>
        <source>The two passphrases are different. Try again.</source>
        <translation>Las dos frases de acceso son distintas. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="79"/>
        <source>No matching passphrase was entered. Nothing was changed.</source>
        <translation>No se escribieron dos frases de acceso iguales. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="88"/>
        <source>Standard input ended before all secrets were read. With --passphrase-stdin, send each secret on its own line, in the order given in the help (casevault COMMAND --help).</source>
        <translation>La entrada estándar terminó antes de leer todos los secretos. Con --passphrase-stdin, envía cada secreto en su propia línea, en el orden que indica la ayuda (casevault COMANDO --help).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="102"/>
        <source>A secret read from standard input is not UTF-8 text. Nothing was changed.</source>
        <translation>Un secreto leído de la entrada estándar no es texto UTF-8. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="201"/>
        <source>Warning: this passphrase is weak and could be guessed by someone who steals the laptop. A strong one is five or more random words. You can change it later with: casevault passwd</source>
        <translation>Aviso: esta frase de acceso es débil y podría adivinarla quien robe la laptop. Una frase segura tiene cinco o más palabras al azar. Puedes cambiarla después con: casevault passwd</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="215"/>
        <source>It is shorter than %1 characters.</source>
        <translation>Tiene menos de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="216"/>
        <source>It is one of the most used passwords.</source>
        <translation>Es una de las contraseñas más usadas.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="217"/>
        <source>It contains very common words.</source>
        <translation>Contiene palabras muy comunes.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="218"/>
        <source>It contains a run of keys next to each other.</source>
        <translation>Contiene una serie de teclas vecinas.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="219"/>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>Contiene una secuencia como abc o 123.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="220"/>
        <source>It repeats characters or words.</source>
        <translation>Repite caracteres o palabras.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="221"/>
        <source>It has only digits.</source>
        <translation>Solo tiene números.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="222"/>
        <source>It contains a date or a year.</source>
        <translation>Contiene una fecha o un año.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="223"/>
        <source>It contains the name of the program.</source>
        <translation>Contiene el nombre del programa.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="59"/>
        <source>New passphrase for the vault: </source>
        <translation>Frase de acceso nueva para la bóveda: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="61"/>
        <source>Creating the vault. This takes a few seconds...</source>
        <translation>Creando la bóveda. Esto tarda unos segundos...</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/command.py" line="93"/>
        <source>Passphrase: </source>
        <translation>Frase de acceso: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="175"/>
        <source>Vault created in %1</source>
        <translation>Bóveda creada en %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="176"/>
        <source>Recovery key (shown only this once):</source>
        <translation>Clave de recuperación (se muestra solo esta vez):</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/terminal.py" line="179"/>
        <source>Write this key on paper now and keep the paper in a safe place, away from this laptop.
It is the only way back into the vault if you forget the passphrase or this laptop
breaks or is lost. CaseVault keeps no copy and cannot show it again.</source>
        <translation>Escribe esta clave en papel ahora y guarda el papel en un lugar seguro, lejos de esta laptop.
Es la única forma de volver a entrar a la bóveda si olvidas la frase de acceso o si esta
laptop se descompone o se pierde. CaseVault no guarda ninguna copia y no puede mostrarla otra vez.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="79"/>
        <source>To create a vault protected by the passphrase only, run the command again with --no-device-binding.</source>
        <translation>Para crear una bóveda protegida solo con la frase de acceso, vuelve a ejecutar el comando con --no-device-binding.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="87"/>
        <source>Note: this computer has no usable system keyring, so the vault will be protected by the passphrase only (not tied to this computer).</source>
        <translation>Nota: esta computadora no tiene un llavero del sistema que se pueda usar, así que la bóveda quedará protegida solo con la frase de acceso (sin vincularla a esta computadora).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="145"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="145"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="148"/>
        <source>%1 (the passphrase and this computer&apos;s keyring are both needed)</source>
        <translation>%1 (se necesitan la frase de acceso y el llavero de esta computadora)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="152"/>
        <source>%1 (passphrase only)</source>
        <translation>%1 (solo frase de acceso)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="155"/>
        <source>%1 (usable)</source>
        <translation>%1 (se puede usar)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="157"/>
        <source>none usable</source>
        <translation>ninguno que se pueda usar</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="160"/>
        <location filename="../../casevault/cli/protect.py" line="166"/>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="161"/>
        <source>Vault ID</source>
        <translation>ID de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="162"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="163"/>
        <source>Format version</source>
        <translation>Versión del formato</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="164"/>
        <source>Key derivation</source>
        <translation>Derivación de la clave</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="166"/>
        <source>Argon2id memory</source>
        <translation>Memoria de Argon2id</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="167"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="169"/>
        <source>Argon2id passes</source>
        <translation>Pasadas de Argon2id</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="170"/>
        <source>Argon2id lanes</source>
        <translation>Carriles de Argon2id</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="172"/>
        <source>Key slots</source>
        <translation>Espacios de clave</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="174"/>
        <source>%1 (their contents cannot be told apart: nobody can see which are in use)</source>
        <translation>%1 (su contenido no se puede distinguir: nadie puede ver cuáles están en uso)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="181"/>
        <source>Device binding</source>
        <translation>Vinculación al equipo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="182"/>
        <source>Keyring on this computer</source>
        <translation>Llavero de esta computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="212"/>
        <source>Current passphrase: </source>
        <translation>Frase de acceso actual: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="213"/>
        <location filename="../../casevault/cli/keys.py" line="250"/>
        <source>New passphrase: </source>
        <translation>Frase de acceso nueva: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="216"/>
        <source>Passphrase changed. Use the new passphrase from now on; the recovery key still works.</source>
        <translation>Frase de acceso cambiada. Usa la frase nueva de ahora en adelante; la clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="247"/>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="252"/>
        <source>Recovery done: the vault now opens with the new passphrase.</source>
        <translation>Recuperación lista: la bóveda ahora se abre con la frase de acceso nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="256"/>
        <source>This computer has no usable keyring, so the vault is now protected by the passphrase only.</source>
        <translation>Esta computadora no tiene un llavero que se pueda usar, así que ahora la bóveda está protegida solo con la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="48"/>
        <source>“%1” is not a known value. Use a code or a label in English or Spanish. Codes: %2</source>
        <translation>“%1” no es un valor conocido. Usa un código o una etiqueta en inglés o en español. Códigos: %2</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="68"/>
        <source>“%1” is not a date. Write 2024, 2024-03, 2024-03-15 or 15/03/2024.</source>
        <translation>“%1” no es una fecha. Escribe 2024, 2024-03, 2024-03-15 o 15/03/2024.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="84"/>
        <source>give a whole number from 1 to %1</source>
        <translation>da un número entero del 1 al %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="98"/>
        <source>add records from a spreadsheet (CSV file); all or nothing</source>
        <translation>agrega registros desde una hoja de cálculo (archivo CSV); todo o nada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="99"/>
        <source>Add the records of a CSV file to the vault. Every row is checked first: if any cell is wrong, each problem is listed with its row and column and nothing is imported.
The file may be UTF-8 or UTF-16 (as spreadsheets save it); the first row names the columns, in English or Spanish; several values in one cell are separated by |.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Agrega a la bóveda los registros de un archivo CSV. Primero se revisa cada fila: si alguna celda está mal, se muestra cada problema con su fila y su columna y no se importa nada.
El archivo puede estar en UTF-8 o UTF-16 (como lo guardan las hojas de cálculo); la primera fila nombra las columnas, en inglés o en español; varios valores en una misma celda se separan con |.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="111"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="113"/>
        <source>what the file holds: %1</source>
        <translation>qué contiene el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="33"/>
        <location filename="../../casevault/cli/exchange.py" line="104"/>
        <location filename="../../casevault/cli/records.py" line="117"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="119"/>
        <source>the CSV file</source>
        <translation>el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="124"/>
        <source>only check the file; import nothing</source>
        <translation>solo revisa el archivo; no importa nada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="211"/>
        <source>find cases; one per line: CODE&lt;TAB&gt;TITLE</source>
        <translation>busca casos; uno por línea: CÓDIGO&lt;TAB&gt;TÍTULO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="212"/>
        <source>Find cases whose records contain all the words of the query (accents and capitals do not matter; a word also finds longer words that start with it). Prints one case per line, CODE&lt;TAB&gt;TITLE, best match first. An empty query (&quot;&quot;) lists every case that passes the filters.
Filter values are a code or a label in English or Spanish.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Busca los casos cuyos registros contienen todas las palabras de la búsqueda (no importan los acentos ni las mayúsculas; una palabra también encuentra las palabras más largas que empiezan con ella). Muestra un caso por línea, CÓDIGO&lt;TAB&gt;TÍTULO, primero los que mejor coinciden. Una búsqueda vacía (&quot;&quot;) muestra todos los casos que pasan los filtros.
Los valores de los filtros son un código o una etiqueta en inglés o en español.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="222"/>
        <source>QUERY</source>
        <translation>BÚSQUEDA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="224"/>
        <source>only cases with this status</source>
        <translation>solo casos con este estado</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="225"/>
        <source>only cases at this risk level</source>
        <translation>solo casos con este nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="230"/>
        <source>only cases with this violation</source>
        <translation>solo casos con esta violación</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="236"/>
        <source>only cases with this alleged perpetrator</source>
        <translation>solo casos con este presunto responsable</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="242"/>
        <source>only cases with incidents in this state</source>
        <translation>solo casos con hechos en esta entidad federativa</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="246"/>
        <source> (may be repeated)</source>
        <translation> (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="251"/>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="258"/>
        <location filename="../../casevault/cli/records.py" line="265"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="259"/>
        <source>only cases with an incident on or after this date</source>
        <translation>solo casos con algún hecho en esta fecha o después</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="266"/>
        <source>only cases with an incident on or before this date</source>
        <translation>solo casos con algún hecho en esta fecha o antes</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="106"/>
        <source>check that the vault is intact: database pages, audit log</source>
        <translation>revisa que la bóveda esté íntegra: páginas de la base de datos, bitácora de auditoría</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="107"/>
        <source>Check the whole vault for damage or tampering: every page of the encrypted database and the chain of the audit log. Exit status 0 if all is sound, 4 if anything is damaged or was altered.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Revisa toda la bóveda en busca de daños o alteraciones: cada página de la base de datos cifrada y la cadena de la bitácora de auditoría. Código de salida 0 si todo está bien, 4 si algo está dañado o fue alterado.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="304"/>
        <source>create a new vault filled with fictional sample cases</source>
        <translation>crea una bóveda nueva con casos de ejemplo ficticios</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="305"/>
        <source>Create a new vault, exactly as init does, and fill it with clearly fictional sample cases (codes DEMO-…, titles starting with [Ejemplo]) for trying CaseVault or for training. Refused if a vault already exists in the folder.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Crea una bóveda nueva, igual que init, y la llena con casos de ejemplo claramente ficticios (códigos DEMO-…, títulos que empiezan con [Ejemplo]) para probar CaseVault o para capacitaciones. Se rechaza si ya hay una bóveda en la carpeta.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="98"/>
        <location filename="../../casevault/cli/records.py" line="317"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="318"/>
        <source>how many sample cases (default: %1)</source>
        <translation>cuántos casos de ejemplo (por omisión: %1)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="321"/>
        <source>also tie the vault to this computer (system keyring)</source>
        <translation>además vincula la bóveda a esta computadora (llavero del sistema)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="157"/>
        <source>Nothing was imported: the file has %n problem(s). Correct the file and import it again.</source>
        <translation>
            <numerusform>No se importó nada: el archivo tiene %n problema. Corrige el archivo e impórtalo de nuevo.</numerusform>
            <numerusform>No se importó nada: el archivo tiene %n problemas. Corrige el archivo e impórtalo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="172"/>
        <source>The file is ready to import: %n row(s) checked, no problems. Nothing was imported (--dry-run).</source>
        <translation>
            <numerusform>El archivo está listo para importarse: se revisó %n fila, sin problemas. No se importó nada (--dry-run).</numerusform>
            <numerusform>El archivo está listo para importarse: se revisaron %n filas, sin problemas. No se importó nada (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="193"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Se importó %n caso.</numerusform>
            <numerusform>Se importaron %n casos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="194"/>
        <source>Imported %n person(s).</source>
        <translation>
            <numerusform>Se importó %n persona.</numerusform>
            <numerusform>Se importaron %n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="195"/>
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>Se importó %n hecho.</numerusform>
            <numerusform>Se importaron %n hechos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="196"/>
        <source>Imported %n action(s).</source>
        <translation>
            <numerusform>Se importó %n acción.</numerusform>
            <numerusform>Se importaron %n acciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="197"/>
        <source>Imported %n note(s).</source>
        <translation>
            <numerusform>Se importó %n nota.</numerusform>
            <numerusform>Se importaron %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="132"/>
        <source>There is no file %1. Check its name and folder.</source>
        <translation>No existe el archivo %1. Revisa su nombre y su carpeta.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="137"/>
        <source>The file %1 is too large to import (more than %2 MiB). Split it.</source>
        <translation>El archivo %1 es demasiado grande para importarlo (más de %2 MiB). Divídelo en partes.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/records.py" line="188"/>
        <source>Importing: %1 of %2 records</source>
        <translation>Importando: %1 de %2 registros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="330"/>
        <source>Adding %n fictional sample case(s)...</source>
        <translation>
            <numerusform>Agregando %n caso de ejemplo ficticio...</numerusform>
            <numerusform>Agregando %n casos de ejemplo ficticios...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/records.py" line="336"/>
        <source>The vault holds %n sample case(s), with codes starting DEMO-. They are fictional examples: every person, place and event in them is invented. To list them: casevault search DEMO --vault %1</source>
        <translation>
            <numerusform>La bóveda tiene %n caso de ejemplo, con código que empieza con DEMO-. Es un ejemplo ficticio: todas las personas, lugares y hechos son inventados. Para verlo: casevault search DEMO --vault %1</numerusform>
            <numerusform>La bóveda tiene %n casos de ejemplo, con códigos que empiezan con DEMO-. Son ejemplos ficticios: todas las personas, lugares y hechos son inventados. Para verlos: casevault search DEMO --vault %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="38"/>
        <source>OK, %n page(s) checked</source>
        <translation>
            <numerusform>bien, %n página revisada</numerusform>
            <numerusform>bien, %n páginas revisadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="40"/>
        <source>DAMAGED OR ALTERED: %n problem(s) found</source>
        <translation>
            <numerusform>DAÑADAS O ALTERADAS: se encontró %n problema</numerusform>
            <numerusform>DAÑADAS O ALTERADAS: se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="47"/>
        <source>%n entry(ies), chain intact</source>
        <translation>
            <numerusform>%n entrada, cadena íntegra</numerusform>
            <numerusform>%n entradas, cadena íntegra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="49"/>
        <source>%n entry(ies), chain BROKEN at entry %1: an entry was altered, removed or reordered</source>
        <translation>
            <numerusform>%n entrada, cadena ROTA en la entrada %1: una entrada fue alterada, borrada o reordenada</numerusform>
            <numerusform>%n entradas, cadena ROTA en la entrada %1: una entrada fue alterada, borrada o reordenada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="64"/>
        <source>OK, %n file(s) checked against their fingerprints</source>
        <translation>
            <numerusform>OK, %n archivo comprobado con su huella</numerusform>
            <numerusform>OK, %n archivos comprobados con sus huellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="68"/>
        <source>ALTERED: %n file(s) changed since intake (SHA-256 fingerprint mismatch)</source>
        <translation>
            <numerusform>ALTERADO: %n archivo cambió desde que se agregó (la huella SHA-256 no coincide)</numerusform>
            <numerusform>ALTERADOS: %n archivos cambiaron desde que se agregaron (la huella SHA-256 no coincide)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="79"/>
        <source>Database pages</source>
        <translation>Páginas de la base de datos</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="80"/>
        <source>Audit log</source>
        <translation>Bitácora de auditoría</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="81"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="92"/>
        <source>UNREADABLE: this part of the database is damaged or was altered</source>
        <translation>ILEGIBLE: esta parte de la base de datos está dañada o fue alterada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/cli/verify.py" line="129"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="132"/>
        <source>The vault is intact.</source>
        <translation>La bóveda está íntegra.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="134"/>
        <source>The vault is damaged or was altered.</source>
        <translation>La bóveda está dañada o fue alterada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/verify.py" line="141"/>
        <source>Parts of this vault are damaged or were altered after they were written. Keep this copy unchanged (it may be evidence of tampering), and restore the vault from a backup to go on working.</source>
        <translation>Partes de esta bóveda están dañadas o fueron alteradas después de escribirse. Guarda esta copia sin cambios (puede ser prueba de una manipulación) y restaura la bóveda desde un respaldo para seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="124"/>
        <source>Standard input is not a terminal, so CaseVault cannot ask you to confirm the wipe. From a script or a panic button, add --yes.</source>
        <translation>La entrada estándar no es una terminal, así que CaseVault no puede pedirle que confirme el borrado. Desde un script o un botón de pánico, agregue --yes.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="131"/>
        <source>WIPE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="134"/>
        <source>This destroys the vault in %1 for good. No passphrase and no recovery key will open it again, and CaseVault cannot undo it.</source>
        <translation>Esto destruye para siempre la bóveda en %1. Ninguna frase de acceso ni clave de recuperación volverá a abrirla, y CaseVault no puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="143"/>
        <source>To wipe it, type %1 and press Enter: </source>
        <translation>Para borrarla, escriba %1 y presione Enter: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="147"/>
        <source>Nothing was entered. Nothing was wiped.</source>
        <translation>No se escribió nada. No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="151"/>
        <source>You did not type %1. Nothing was wiped.</source>
        <translation>No escribió %1. No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="159"/>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="160"/>
        <source>none to remove</source>
        <translation>no había ninguno</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="161"/>
        <source>the keyring did not answer (the secret is useless without the key file)</source>
        <translation>el llavero no respondió (el secreto no sirve de nada sin el archivo de claves)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="168"/>
        <source>Key file</source>
        <translation>Archivo de claves</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="170"/>
        <source>%1 bytes overwritten with random data, then deleted</source>
        <translation>%1 bytes sobrescritos con datos aleatorios y luego eliminados</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="174"/>
        <source>Files deleted</source>
        <translation>Archivos eliminados</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="175"/>
        <source>Device secret in the keyring</source>
        <translation>Secreto del equipo en el llavero</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="177"/>
        <source>Time taken</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="179"/>
        <source>%1 s (keys destroyed after %2 s)</source>
        <translation>%1 s (claves destruidas a los %2 s)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="189"/>
        <source>The vault was wiped. Its passphrase and recovery key no longer open anything, and copies of its database are unreadable. To start again: casevault init</source>
        <translation>La bóveda fue borrada. Su frase de acceso y su clave de recuperación ya no abren nada, y las copias de su base de datos son ilegibles. Para empezar de nuevo: casevault init</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="197"/>
        <source>Warning: the vault was open in another CaseVault window or program. Its files are gone, but that program may still show what it had open: close it now.</source>
        <translation>Aviso: la bóveda estaba abierta en otra ventana o programa de CaseVault. Sus archivos ya no existen, pero ese programa todavía puede mostrar lo que tenía abierto: ciérrelo ahora.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="348"/>
        <source>New duress passphrase: </source>
        <translation>Nueva frase de coacción: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="350"/>
        <source>Duress passphrase set. Typed instead of the passphrase when unlocking, it destroys this vault without any sign and opens a new, empty vault that from then on opens with it. Nothing shows that it exists: remember it.</source>
        <translation>Frase de coacción guardada. Si la escribes en lugar de la frase de acceso al desbloquear, destruye esta bóveda sin dejar rastro y abre una bóveda nueva y vacía que desde entonces se abre con ella. Nada muestra que existe: memorízala.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="361"/>
        <source>Duress passphrase removed.</source>
        <translation>Frase de coacción quitada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="363"/>
        <source>This vault had no duress passphrase. Its key file was renewed.</source>
        <translation>Esta bóveda no tenía frase de coacción. Se renovó su archivo de claves.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="398"/>
        <source>Failed unlocks no longer wipe this vault.</source>
        <translation>Los intentos fallidos ya no borran esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="402"/>
        <source>This vault is now wiped after %1 wrong passphrases in a row. The count survives restarts; a right passphrase starts it again.</source>
        <translation>Ahora esta bóveda se borra tras %1 frases de acceso incorrectas seguidas. La cuenta se conserva al reiniciar; una frase correcta la vuelve a empezar.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="311"/>
        <source>set or remove the duress passphrase</source>
        <translation>guardar o quitar la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="312"/>
        <source>A duress passphrase, typed instead of the passphrase when unlocking (in the window or any command), destroys the vault without any sign and opens a new, empty vault that from then on opens with it. Nobody reading the vault&apos;s files can tell whether one is set.</source>
        <translation>Una frase de coacción, escrita en lugar de la frase de acceso al desbloquear (en la ventana o en cualquier comando), destruye la bóveda sin dejar rastro y abre una bóveda nueva y vacía que desde entonces se abre con ella. Nadie que lea los archivos de la bóveda puede saber si hay una.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="321"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="326"/>
        <source>set (or replace) the duress passphrase</source>
        <translation>guardar (o reemplazar) la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="327"/>
        <source>Set or replace the duress passphrase. It must differ from the passphrase.
With --passphrase-stdin, standard input gives: the passphrase, then the duress passphrase.</source>
        <translation>Guarda o reemplaza la frase de coacción. Debe ser distinta de la frase de acceso.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso y luego la frase de coacción.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="337"/>
        <source>remove the duress passphrase</source>
        <translation>quitar la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="338"/>
        <source>Remove the duress passphrase: its key slot becomes random filler again.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Quita la frase de coacción: su casilla de clave vuelve a ser relleno aleatorio.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="377"/>
        <source>wipe the vault after 5, 10 or 20 failed unlocks (or off)</source>
        <translation>borrar la bóveda tras 5, 10 o 20 intentos fallidos (o desactivarlo: off)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="378"/>
        <source>Wipe the vault after this many wrong passphrases in a row, in the window or any command; off by default. The count is kept in the vault folder and survives restarts. Someone who copies the vault&apos;s files can still guess on the copy: a strong passphrase remains the real protection.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Borra la bóveda tras este número de frases de acceso incorrectas seguidas, en la ventana o en cualquier comando; desactivado de forma predeterminada. La cuenta se guarda en la carpeta de la bóveda y se conserva al reiniciar. Quien copie los archivos de la bóveda todavía puede probar frases en la copia: una frase de acceso fuerte sigue siendo la verdadera protección.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="390"/>
        <source>LIMIT</source>
        <translation>LÍMITE</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="391"/>
        <source>off, 5, 10 or 20</source>
        <translation>off (desactivado), 5, 10 o 20</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="59"/>
        <source>casevault panic does not work on Windows. Use the system-wide shortcut set in CaseVault&apos;s settings, or Ctrl+L in the window.</source>
        <translation>casevault panic no funciona en Windows. Usa el atajo de todo el sistema que se configura en los ajustes de CaseVault, o Ctrl+L en la ventana.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="71"/>
        <source>No CaseVault window is open for this vault, so there is nothing to lock.</source>
        <translation>No hay ninguna ventana de CaseVault abierta para esta bóveda, así que no hay nada que bloquear.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="76"/>
        <source>Lock requested: the CaseVault window locks now.</source>
        <translation>Bloqueo pedido: la ventana de CaseVault se bloquea ahora.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="288"/>
        <source>New recovery key (shown only this once):</source>
        <translation>Nueva clave de recuperación (se muestra solo esta vez):</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="291"/>
        <source>Write this key on paper now and keep the paper away from this laptop.
The old recovery key no longer opens the vault: destroy the old paper.</source>
        <translation>Escribe esta clave en papel ahora y guarda el papel lejos de esta computadora.
La clave de recuperación anterior ya no abre la bóveda: destruye el papel anterior.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="46"/>
        <source>lock the open CaseVault window now (for a keyboard shortcut)</source>
        <translation>bloquear ahora la ventana abierta de CaseVault (para un atajo de teclado)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/protect.py" line="47"/>
        <source>Lock the CaseVault window of this vault at once, as Ctrl+L does, from outside the window. Bind this command to a keyboard shortcut in your desktop&apos;s settings to lock CaseVault while another program has the focus (this works on Wayland too). Nothing is asked and nothing is shown.</source>
        <translation>Bloquea de inmediato la ventana de CaseVault de esta bóveda, como Ctrl+L, desde fuera de la ventana. Asigna este comando a un atajo de teclado en los ajustes de tu escritorio para bloquear CaseVault mientras otro programa tiene el foco (también funciona en Wayland). No se pregunta nada y no se muestra nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="275"/>
        <source>replace the recovery key with a new one, shown once</source>
        <translation>reemplazar la clave de recuperación por una nueva, que se muestra una sola vez</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/keys.py" line="276"/>
        <source>Make a new recovery key and show it once; the old recovery key stops working. Use it when the recovery key was lost or never written down (for example after a duress passphrase opened a new vault).
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Crea una nueva clave de recuperación y la muestra una sola vez; la clave anterior deja de funcionar. Úsalo cuando la clave de recuperación se perdió o nunca se anotó (por ejemplo, después de que una frase de coacción abrió una bóveda nueva).
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="57"/>
        <source>Cannot read %1 (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="198"/>
        <source>recipients file</source>
        <translation>archivo de destinatarios</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="216"/>
        <source>There is no case with the code %1.</source>
        <translation>No hay ningún caso con el código %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="142"/>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 ya existe. Elige otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="145"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="159"/>
        <source>Passphrase for the export file: </source>
        <translation>Frase de acceso para el archivo de exportación: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="160"/>
        <source>Exporting and checking:</source>
        <translation>Exportando y comprobando:</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="172"/>
        <source>Exported %1 records and %2 attachments to %3 (%4 MiB), checked after writing. Signature: %5</source>
        <translation>Se exportaron %1 registros y %2 adjuntos a %3 (%4 MiB), comprobados después de escribirlos. Firma: %5</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="186"/>
        <source>Signed by this vault&apos;s key %1
Fingerprint: %2</source>
        <translation>Firmado con la clave de esta bóveda %1
Huella: %2</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="63"/>
        <source>identity file</source>
        <translation>archivo de identidad</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="64"/>
        <source>Passphrase of the export file: </source>
        <translation>Frase de acceso del archivo de exportación: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="286"/>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="288"/>
        <source>NOT marked as trusted: compare the fingerprint with the sender</source>
        <translation>NO marcada como de confianza: compara la huella con quien la envió</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="292"/>
        <source>Signed by vault %1, key fingerprint %2 (%3).</source>
        <translation>Firmado por la bóveda %1, huella de la clave %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="299"/>
        <source>Warning: this export has no signature; its sender is unknown.</source>
        <translation>Atención: esta exportación no tiene firma; no se sabe quién la envió.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="300"/>
        <source>Exported at %1.</source>
        <translation>Exportado el %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="302"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 in conflict.</source>
        <translation>Importado: %1 agregados, %2 actualizados, %3 sin cambios, %4 en conflicto.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="304"/>
        <source>Would import: %1 added, %2 updated, %3 unchanged, %4 in conflict.</source>
        <translation>Se importaría: %1 agregados, %2 actualizados, %3 sin cambios, %4 en conflicto.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="308"/>
        <source>New attachments: %1</source>
        <translation>Adjuntos nuevos: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="310"/>
        <source>Cases: %1</source>
        <translation>Casos: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="313"/>
        <source>Records in conflict keep your version for now; their version is kept beside it. Choose between them in the CaseVault window (Vault &gt; Conflicts).</source>
        <translation>Los registros en conflicto conservan tu versión por ahora; la otra versión se guarda al lado. Elige entre ellas en la ventana de CaseVault (Bóveda &gt; Conflictos).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="69"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="261"/>
        <source>Checking:</source>
        <translation>Comprobando:</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="271"/>
        <source>Nothing was imported (--dry-run).</source>
        <translation>No se importó nada (--dry-run).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="273"/>
        <source>Importing:</source>
        <translation>Importando:</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="345"/>
        <source>Wrote the identity (secret key) to %1. Keep it safe: whoever has it can read every export made for it. Give the public key below to the field teams.</source>
        <translation>Se escribió la identidad (clave secreta) en %1. Guárdala bien: quien la tenga puede leer todas las exportaciones hechas para ella. Da la clave pública de abajo a los equipos de campo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="57"/>
        <source>New passphrase for the restored vault: </source>
        <translation>Nueva frase de acceso para la bóveda restaurada: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="60"/>
        <source>Restoring. This can take a while for a large backup...</source>
        <translation>Restaurando. Con un respaldo grande puede tardar un rato...</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="61"/>
        <source>Restoring:</source>
        <translation>Restaurando:</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="117"/>
        <source>Backing up:</source>
        <translation>Respaldando:</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/backups.py" line="119"/>
        <source>Backup written and checked: %1</source>
        <translation>Respaldo escrito y comprobado: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli/exchange.py" line="383"/>
        <source>Give the age public key (age1…) to add or remove.</source>
        <translation>Indica la clave pública de age (age1…) que quieres agregar o quitar.</translation>
    </message>
</context>
</TS>
