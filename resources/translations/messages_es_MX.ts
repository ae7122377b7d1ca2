<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="17"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Frase de acceso incorrecta. Revisa la distribución del teclado y las mayúsculas (Bloq Mayús) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="21"/>
        <source>This recovery key does not open this vault.</source>
        <translation>Esta clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="25"/>
        <source>That is not a complete recovery key: it has 14 groups of 4 letters and digits. Check for a typing mistake.</source>
        <translation>Esa no es una clave de recuperación completa: tiene 14 grupos de 4 letras y números. Revisa si hay un error al escribirla.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="30"/>
        <source>The vault&apos;s key file (vault.header) is damaged or was altered. Nothing was changed. Restore the vault from a backup.</source>
        <translation>El archivo de claves de la bóveda (vault.header) está dañado o fue alterado. No se cambió nada. Restaura la bóveda desde un respaldo.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="35"/>
        <source>The vault&apos;s key file asks for weaker protection than CaseVault allows, so it may have been tampered with. It was refused and nothing was changed.</source>
        <translation>El archivo de claves de la bóveda pide una protección más débil de la que CaseVault permite, así que pudo haber sido manipulado. Se rechazó y no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="40"/>
        <location filename="../../casevault/i18n/messages.py" line="88"/>
        <source>This vault was made by a newer version of CaseVault. Update CaseVault.</source>
        <translation>Esta bóveda se creó con una versión más reciente de CaseVault. Actualiza CaseVault.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="44"/>
        <source>The vault&apos;s database is damaged or was altered and cannot be read. Nothing was changed. Restore the vault from a backup.</source>
        <translation>La base de datos de la bóveda está dañada o fue alterada y no se puede leer. No se cambió nada. Restaura la bóveda desde un respaldo.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="49"/>
        <source>This vault is already open in another CaseVault window or program. Close it there first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana o programa de CaseVault. Ciérrala ahí primero.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="53"/>
        <source>There is no vault in this folder. Create one first.</source>
        <translation>No hay ninguna bóveda en esta carpeta. Crea una primero.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="57"/>
        <source>A vault already exists in this folder. Nothing was changed.</source>
        <translation>Ya existe una bóveda en esta carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="61"/>
        <source>This vault is tied to another computer (device binding) and this computer does not have its device key. Use the recovery key to set a new passphrase.</source>
        <translation>Esta bóveda está vinculada a otra computadora (vínculo con el equipo) y esta computadora no tiene su clave de equipo. Usa la clave de recuperación para definir una nueva frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="66"/>
        <source>The system keyring is not available, so the vault cannot be tied to this computer. Unlock your desktop keyring, or choose passphrase only.</source>
        <translation>El llavero del sistema no está disponible, así que la bóveda no se puede vincular a esta computadora. Desbloquea el llavero de tu escritorio o elige solo frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="71"/>
        <source>CaseVault&apos;s encryption self-test failed, so it will not run. Reinstall CaseVault. Details: %1</source>
        <translation>La autoprueba de cifrado de CaseVault falló, así que no se ejecutará. Reinstala CaseVault. Detalles: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="76"/>
        <source>The passphrase cannot be empty.</source>
        <translation>La frase de acceso no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="80"/>
        <source>The disk is full. Nothing was changed. Free some space and try again.</source>
        <translation>El disco está lleno. No se cambió nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="84"/>
        <source>The vault&apos;s files could not be written. Nothing was changed. Details: %1</source>
        <translation>No se pudieron escribir los archivos de la bóveda. No se cambió nada. Detalles: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="92"/>
        <source>CaseVault refused an operation that could expose the vault.</source>
        <translation>CaseVault rechazó una operación que podría exponer la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="96"/>
        <source>This was not saved because some fields are not valid. Check the marked fields.</source>
        <translation>No se guardó porque algunos campos no son válidos. Revisa los campos marcados.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="100"/>
        <source>That record no longer exists; it may have been deleted.</source>
        <translation>Ese registro ya no existe; es posible que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="104"/>
        <source>The duress passphrase and the vault&apos;s passphrase must be different. Nothing was changed.</source>
        <translation>La frase de coacción y la frase de acceso de la bóveda deben ser distintas. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="108"/>
        <source>Too many wrong passphrases: as set up for this vault, it has been wiped. Nothing in it can be opened any more.</source>
        <translation>Demasiadas frases de acceso incorrectas: como se configuró para esta bóveda, se borró. Ya no se puede abrir nada de lo que contenía.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="113"/>
        <source>Cancelled. Nothing was changed and no partial file was left behind.</source>
        <translation>Cancelado. No se cambió nada y no quedó ningún archivo a medias.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="117"/>
        <source>This file is too large to show here (%1). Save a decrypted copy to open it elsewhere.</source>
        <translation>Este archivo es demasiado grande para mostrarlo aquí (%1). Guarda una copia descifrada para abrirlo en otro programa.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="121"/>
        <source>The file&apos;s content does not match the fingerprint (SHA-256) taken when it was added: it is damaged or was altered. Nothing was saved. Details: %1</source>
        <translation>El contenido del archivo no coincide con la huella (SHA-256) tomada cuando se agregó: está dañado o fue alterado. No se guardó nada. Detalles: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="126"/>
        <source>The hidden details of this file (position, author) could not be removed because the file is damaged or protected by a password. It was not shared. Details: %1</source>
        <translation>No se pudieron quitar los datos ocultos de este archivo (ubicación, autor) porque el archivo está dañado o protegido con contraseña. No se compartió. Detalles: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="131"/>
        <source>This key or passphrase does not open this export file. Use the identity file or passphrase it was made for. Nothing was changed.</source>
        <translation>Esta clave o frase de acceso no abre este archivo de exportación. Usa el archivo de identidad o la frase de acceso para los que se hizo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="136"/>
        <source>The export file is damaged, cut short or was altered, so it was refused. Nothing was changed. Ask for a new copy of the export.</source>
        <translation>El archivo de exportación está dañado, incompleto o fue alterado, así que se rechazó. No se cambió nada. Pide una copia nueva de la exportación.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="141"/>
        <source>This export was made by a newer version of CaseVault. Update CaseVault. Nothing was changed.</source>
        <translation>Esta exportación se hizo con una versión más nueva de CaseVault. Actualiza CaseVault. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="146"/>
        <source>The signature file (.sig) does not match the export: one of the two was altered or damaged, so it was refused. Nothing was changed. Ask for a new copy of both files.</source>
        <translation>El archivo de firma (.sig) no corresponde a la exportación: uno de los dos fue alterado o está dañado, así que se rechazó. No se cambió nada. Pide una copia nueva de ambos archivos.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="151"/>
        <source>The signature file %1 is missing. Copy it next to the export file; without it nobody can tell which vault made the export. Nothing was changed.</source>
        <translation>Falta el archivo de firma %1. Cópialo junto al archivo de exportación; sin él nadie puede saber qué bóveda hizo la exportación. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="156"/>
        <source>There is no one to encrypt the export for. Add the head office&apos;s public key (age1…) as a recipient, or choose a passphrase.</source>
        <translation>No hay nadie para quien cifrar la exportación. Agrega la clave pública de la oficina central (age1…) como destinatario, o elige una frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="161"/>
        <source>“%1” is not an age public key. A public key starts with age1 and has 62 letters and digits; copy it again from the head office.</source>
        <translation>“%1” no es una clave pública de age. Una clave pública empieza con age1 y tiene 62 letras y dígitos; cópiala otra vez de la oficina central.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="166"/>
        <source>This file holds no age identity (a line starting with AGE-SECRET-KEY-1). Choose the identity file made with casevault keygen or age-keygen.</source>
        <translation>Este archivo no contiene ninguna identidad de age (una línea que empieza con AGE-SECRET-KEY-1). Elige el archivo de identidad hecho con casevault keygen o age-keygen.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="171"/>
        <source>%1 already exists and was not overwritten. Choose another name.</source>
        <translation>%1 ya existe y no se sobrescribió. Elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="175"/>
        <source>This export holds only some cases, not a full backup, so it cannot be restored as a vault. Import it into a vault instead.</source>
        <translation>Esta exportación contiene solo algunos casos, no un respaldo completo, así que no se puede restaurar como bóveda. Mejor impórtala en una bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="180"/>
        <source>No backup folder is set, or it cannot be found (is the USB stick plugged in?). Choose the backup folder in the backup settings.</source>
        <translation>No hay carpeta de respaldo configurada o no se encuentra (¿está conectada la memoria USB?). Elige la carpeta de respaldo en la configuración de respaldos.</translation>
    </message>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="186"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../casevault/i18n/messages.py" line="203"/>
        <source>The folder %1 belongs to another user or is open to others, so CaseVault does not use it. It keeps its small panic file (a process number, nothing about your cases) in %2 instead. This happens when XDG_RUNTIME_DIR is not set, for example outside a desktop login.</source>
        <translation>La carpeta %1 pertenece a otro usuario o está abierta a otros, así que CaseVault no la usa. Guarda su pequeño archivo de pánico (un número de proceso, nada sobre tus casos) en %2. Esto pasa cuando XDG_RUNTIME_DIR no está definida, por ejemplo fuera de una sesión de escritorio.</translation>
    </message>
</context>
</TS>
