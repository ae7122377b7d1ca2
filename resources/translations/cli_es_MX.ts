<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>CLI</name>
    <message>
        <location filename="../../casevault/cli.py" line="55"/>
        <source>to open the window, give no arguments but --vault DIR</source>
        <translation>para abrir la ventana, no des más argumentos que --vault CARPETA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="59"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="81"/>
        <source>CaseVault could not read or write a file: %1. Check that the vault folder exists, that you may write to it and that the disk is not full.</source>
        <translation>CaseVault no pudo leer o escribir un archivo: %1. Revisa que la carpeta de la bóveda exista, que tengas permiso para escribir en ella y que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="93"/>
        <source>CaseVault stopped because of an unexpected problem (%1). Nothing secret was shown. Check the vault with: casevault info</source>
        <translation>CaseVault se detuvo por un problema inesperado (%1). No se mostró nada secreto. Revisa la bóveda con: casevault info</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="108"/>
        <source>Vault folder: %1
To create a vault there: casevault init --vault %1</source>
        <translation>Carpeta de la bóveda: %1
Para crear una bóveda ahí: casevault init --vault %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="114"/>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="116"/>
        <source>If you have forgotten it, set a new one with the recovery key: casevault recover</source>
        <translation>Si la olvidaste, pon una nueva con la clave de recuperación: casevault recover</translation>
    </message>
    <message>
        <location filename="../../casevault/cli.py" line="161"/>
        <source>The CaseVault window cannot start here (%1). The commands still work: see casevault --help</source>
        <translation>La ventana de CaseVault no puede abrirse aquí (%1). Los comandos sí funcionan: consulta casevault --help</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="21"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="22"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="23"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="24"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="25"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="26"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="27"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="28"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="29"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="30"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="31"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="32"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="33"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="34"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="54"/>
        <source>the vault folder cannot be empty</source>
        <translation>la carpeta de la bóveda no puede estar vacía</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="65"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="68"/>
        <source>the vault folder (default: the vault in your user data folder)</source>
        <translation>la carpeta de la bóveda (por omisión: la bóveda en tu carpeta de datos de usuario)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="77"/>
        <source>read the secrets from standard input, one per line, instead of asking on the terminal (for scripts)</source>
        <translation>lee los secretos de la entrada estándar, uno por línea, en lugar de pedirlos en la terminal (para scripts)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="87"/>
        <source>CaseVault keeps confidential case files in an encrypted vault, offline.
Without a command, the CaseVault window opens.</source>
        <translation>CaseVault guarda expedientes de casos confidenciales en una bóveda cifrada, sin conexión.
Sin un comando, se abre la ventana de CaseVault.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="92"/>
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
        <location filename="../../casevault/cli_parser.py" line="104"/>
        <source>show the version number and exit</source>
        <translation>muestra el número de versión y termina</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="108"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="109"/>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="116"/>
        <source>create a new vault and show its recovery key once</source>
        <translation>crea una bóveda nueva y muestra su clave de recuperación una sola vez</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="117"/>
        <source>Create a new, empty vault protected by a passphrase, and show its recovery key once.
With --passphrase-stdin, standard input gives: the passphrase.</source>
        <translation>Crea una bóveda nueva y vacía protegida con una frase de acceso, y muestra su clave de recuperación una sola vez.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="130"/>
        <source>also tie the vault to this computer with a key kept in the system keyring (default when a keyring is available)</source>
        <translation>además vincula la bóveda a esta computadora con una clave guardada en el llavero del sistema (por omisión cuando hay un llavero disponible)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="141"/>
        <source>protect the vault with the passphrase only</source>
        <translation>protege la bóveda solo con la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="147"/>
        <source>show facts about the vault without unlocking it</source>
        <translation>muestra datos de la bóveda sin desbloquearla</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="148"/>
        <source>Show facts about the vault read from its key file, without unlocking it: format, key derivation settings, key slots and device binding.</source>
        <translation>Muestra datos de la bóveda leídos de su archivo de claves, sin desbloquearla: formato, parámetros de derivación de la clave, espacios de clave y vinculación al equipo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="157"/>
        <source>change the passphrase (the case data is not touched)</source>
        <translation>cambia la frase de acceso (los datos de los casos no se tocan)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="158"/>
        <source>Change the vault&apos;s passphrase. Only the key file changes; the case data stays exactly as it is and the recovery key keeps working.
With --passphrase-stdin, standard input gives: the current passphrase, then the new one.</source>
        <translation>Cambia la frase de acceso de la bóveda. Solo cambia el archivo de claves; los datos de los casos quedan exactamente igual y la clave de recuperación sigue funcionando.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso actual y luego la nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="169"/>
        <source>set a new passphrase using the recovery key</source>
        <translation>pon una frase de acceso nueva usando la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_parser.py" line="170"/>
        <source>Set a new passphrase using the recovery key written down when the vault was created (for a forgotten passphrase or a new laptop).
With --passphrase-stdin, standard input gives: the recovery key, then the new passphrase.</source>
        <translation>Pon una frase de acceso nueva usando la clave de recuperación que anotaste al crear la bóveda (si olvidaste la frase de acceso o tienes una laptop nueva).
Con --passphrase-stdin, la entrada estándar da: la clave de recuperación y luego la frase de acceso nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="39"/>
        <source>Standard input is not a terminal, so CaseVault cannot ask for the passphrase safely. From a script, add --passphrase-stdin and send one secret per line.</source>
        <translation>La entrada estándar no es una terminal, así que CaseVault no puede pedir la frase de acceso de forma segura. Desde un script, agrega --passphrase-stdin y envía un secreto por línea.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="55"/>
        <source>Nothing was entered. Nothing was changed.</source>
        <translation>No se escribió nada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="64"/>
        <source>The passphrase cannot be empty. Try again.</source>
        <translation>La frase de acceso no puede estar vacía. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="66"/>
        <source>Type the same passphrase again: </source>
        <translation>Escribe otra vez la misma frase de acceso: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="69"/>
        <source>The two passphrases are different. Try again.</source>
        <translation>Las dos frases de acceso son distintas. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="70"/>
        <source>No matching passphrase was entered. Nothing was changed.</source>
        <translation>No se escribieron dos frases de acceso iguales. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="79"/>
        <source>Standard input ended before all secrets were read. With --passphrase-stdin, send each secret on its own line, in the order given in the help (casevault COMMAND --help).</source>
        <translation>La entrada estándar terminó antes de leer todos los secretos. Con --passphrase-stdin, envía cada secreto en su propia línea, en el orden que indica la ayuda (casevault COMANDO --help).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="93"/>
        <source>A secret read from standard input is not UTF-8 text. Nothing was changed.</source>
        <translation>Un secreto leído de la entrada estándar no es texto UTF-8. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="119"/>
        <source>Warning: this passphrase is weak and could be guessed by someone who steals the laptop. A strong one is five or more random words. You can change it later with: casevault passwd</source>
        <translation>Aviso: esta frase de acceso es débil y podría adivinarla quien robe la laptop. Una frase segura tiene cinco o más palabras al azar. Puedes cambiarla después con: casevault passwd</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="133"/>
        <source>It is shorter than %1 characters.</source>
        <translation>Tiene menos de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="134"/>
        <source>It is one of the most used passwords.</source>
        <translation>Es una de las contraseñas más usadas.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="135"/>
        <source>It contains very common words.</source>
        <translation>Contiene palabras muy comunes.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="136"/>
        <source>It contains a run of keys next to each other.</source>
        <translation>Contiene una serie de teclas vecinas.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="137"/>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>Contiene una secuencia como abc o 123.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="138"/>
        <source>It repeats characters or words.</source>
        <translation>Repite caracteres o palabras.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="139"/>
        <source>It has only digits.</source>
        <translation>Solo tiene números.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="140"/>
        <source>It contains a date or a year.</source>
        <translation>Contiene una fecha o un año.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_secrets.py" line="141"/>
        <source>It contains the name of the program.</source>
        <translation>Contiene el nombre del programa.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="47"/>
        <source>New passphrase for the vault: </source>
        <translation>Frase de acceso nueva para la bóveda: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="49"/>
        <source>Creating the vault. This takes a few seconds...</source>
        <translation>Creando la bóveda. Esto tarda unos segundos...</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="60"/>
        <source>Vault created in %1</source>
        <translation>Bóveda creada en %1</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="61"/>
        <source>Recovery key (shown only this once):</source>
        <translation>Clave de recuperación (se muestra solo esta vez):</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="64"/>
        <source>Write this key on paper now and keep the paper in a safe place, away from this laptop.
It is the only way back into the vault if you forget the passphrase or this laptop
breaks or is lost. CaseVault keeps no copy and cannot show it again.</source>
        <translation>Escribe esta clave en papel ahora y guarda el papel en un lugar seguro, lejos de esta laptop.
Es la única forma de volver a entrar a la bóveda si olvidas la frase de acceso o si esta
laptop se descompone o se pierde. CaseVault no guarda ninguna copia y no puede mostrarla otra vez.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="94"/>
        <source>To create a vault protected by the passphrase only, run the command again with --no-device-binding.</source>
        <translation>Para crear una bóveda protegida solo con la frase de acceso, vuelve a ejecutar el comando con --no-device-binding.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="102"/>
        <source>Note: this computer has no usable system keyring, so the vault will be protected by the passphrase only (not tied to this computer).</source>
        <translation>Nota: esta computadora no tiene un llavero del sistema que se pueda usar, así que la bóveda quedará protegida solo con la frase de acceso (sin vincularla a esta computadora).</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="113"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="113"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="116"/>
        <source>%1 (the passphrase and this computer&apos;s keyring are both needed)</source>
        <translation>%1 (se necesitan la frase de acceso y el llavero de esta computadora)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="119"/>
        <source>%1 (passphrase only)</source>
        <translation>%1 (solo frase de acceso)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="122"/>
        <source>%1 (usable)</source>
        <translation>%1 (se puede usar)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="124"/>
        <source>none usable</source>
        <translation>ninguno que se pueda usar</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="127"/>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="128"/>
        <source>Vault ID</source>
        <translation>ID de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="129"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="130"/>
        <source>Format version</source>
        <translation>Versión del formato</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="131"/>
        <source>Key derivation</source>
        <translation>Derivación de la clave</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="133"/>
        <source>Argon2id memory</source>
        <translation>Memoria de Argon2id</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="134"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="136"/>
        <source>Argon2id passes</source>
        <translation>Pasadas de Argon2id</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="137"/>
        <source>Argon2id lanes</source>
        <translation>Carriles de Argon2id</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="139"/>
        <source>Key slots</source>
        <translation>Espacios de clave</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="141"/>
        <source>%1 (their contents cannot be told apart: nobody can see which are in use)</source>
        <translation>%1 (su contenido no se puede distinguir: nadie puede ver cuáles están en uso)</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="148"/>
        <source>Device binding</source>
        <translation>Vinculación al equipo</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="149"/>
        <source>Keyring on this computer</source>
        <translation>Llavero de esta computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="160"/>
        <source>Current passphrase: </source>
        <translation>Frase de acceso actual: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="161"/>
        <location filename="../../casevault/cli_vault.py" line="183"/>
        <source>New passphrase: </source>
        <translation>Frase de acceso nueva: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="164"/>
        <source>Passphrase changed. Use the new passphrase from now on; the recovery key still works.</source>
        <translation>Frase de acceso cambiada. Usa la frase nueva de ahora en adelante; la clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="176"/>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="185"/>
        <source>Recovery done: the vault now opens with the new passphrase.</source>
        <translation>Recuperación lista: la bóveda ahora se abre con la frase de acceso nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/cli_vault.py" line="188"/>
        <source>This computer has no usable keyring, so the vault is now protected by the passphrase only.</source>
        <translation>Esta computadora no tiene un llavero que se pueda usar, así que ahora la bóveda está protegida solo con la frase de acceso.</translation>
    </message>
</context>
</TS>
