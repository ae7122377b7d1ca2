<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>App</name>
    <message>
        <location filename="../../casevault/gui/app.py" line="49"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../casevault/gui/controller.py" line="57"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Tu bóveda está lista. Desbloquéala con tu nueva frase de acceso.</translation>
    </message>
</context>
<context>
    <name>BindingPage</name>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="36"/>
        <source>Tie the vault to this computer?</source>
        <translation>¿Vincular la bóveda a esta computadora?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="37"/>
        <source>You can choose one of two ways to protect the vault.</source>
        <translation>Puedes elegir entre dos formas de proteger la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="39"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="41"/>
        <source>&amp;Tie it to this computer (recommended)</source>
        <translation>&amp;Vincularla a esta computadora (recomendado)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="42"/>
        <source>Tie the vault to this computer</source>
        <translation>Vincular la bóveda a esta computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="45"/>
        <source>The vault then needs your passphrase and a secret key kept in this computer&apos;s keyring. A copy of the vault files cannot be opened elsewhere, even by someone who knows the passphrase. If this computer breaks or is lost, only the recovery key can open the vault.</source>
        <translation>Así, la bóveda necesita tu frase de acceso y una clave secreta guardada en el llavero del sistema de esta computadora. Una copia de los archivos de la bóveda no se puede abrir en otro lugar, ni siquiera por alguien que conozca la frase de acceso. Si esta computadora se descompone o se pierde, solo la clave de recuperación podrá abrir la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="52"/>
        <source>&amp;Passphrase only</source>
        <translation>Solo &amp;frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="53"/>
        <source>Passphrase only</source>
        <translation>Solo frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="56"/>
        <source>The passphrase alone opens the vault, on this or any other computer. Choose this if you need to move the vault to another computer.</source>
        <translation>La frase de acceso sola abre la bóveda, en esta o en cualquier otra computadora. Elige esta opción si necesitas pasar la bóveda a otra computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="63"/>
        <source>This computer has no system keyring that CaseVault can use, so the vault will be protected by the passphrase only.</source>
        <translation>Esta computadora no tiene un llavero del sistema que CaseVault pueda usar, así que la bóveda quedará protegida solo con la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="73"/>
        <source>Creating the vault, please wait</source>
        <translation>Creando la bóveda, espera por favor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/binding_page.py" line="74"/>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Creando la bóveda. Esto tarda unos segundos…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../casevault/gui/worker.py" line="48"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="17"/>
        <source>CaseVault: new vault</source>
        <translation>CaseVault: nueva bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="24"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="25"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="26"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="27"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="71"/>
        <source>The vault was created, but you have not confirmed the recovery key. It will never be shown again. Close anyway?</source>
        <translation>La bóveda ya se creó, pero no has confirmado la clave de recuperación. No se volverá a mostrar nunca. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="76"/>
        <source>Close without the key</source>
        <translation>Cerrar sin la clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/first_run.py" line="78"/>
        <source>Go back to the key</source>
        <translation>Volver a la clave</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="20"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="21"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="23"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="26"/>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="33"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="38"/>
        <source>No cases yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="43"/>
        <source>Case files will appear here.</source>
        <translation>Aquí aparecerán los expedientes de los casos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="56"/>
        <source>Device binding</source>
        <translation>Vinculación con la computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="66"/>
        <source>Unlocked. Tied to this computer.</source>
        <translation>Desbloqueada. Vinculada a esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/main_window.py" line="67"/>
        <source>Unlocked. Passphrase only: not tied to this computer.</source>
        <translation>Desbloqueada. Solo frase de acceso: no está vinculada a esta computadora.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="16"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="19"/>
        <source>The passphrase opens your vault. Use a short sentence or several words that you can remember and others cannot guess. There is no way to look it up later.</source>
        <translation>La frase de acceso abre tu bóveda. Usa una oración corta o varias palabras que puedas recordar y que nadie más pueda adivinar. Después no hay forma de consultarla.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="24"/>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="25"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="27"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de acceso todavía no son iguales.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="31"/>
        <source>&amp;Show the passphrase while typing</source>
        <translation>&amp;Mostrar la frase de acceso mientras escribo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="32"/>
        <source>Show the passphrase while typing</source>
        <translation>Mostrar la frase de acceso mientras escribo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="34"/>
        <source>I understand: use this &amp;weak passphrase anyway</source>
        <translation>Entiendo: usar esta frase de acceso &amp;débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="36"/>
        <source>Use this weak passphrase anyway</source>
        <translation>Usar esta frase de acceso débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/passphrase_page.py" line="44"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="38"/>
        <source>Write down your recovery key</source>
        <translation>Anota tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="41"/>
        <source>If you forget the passphrase or this computer breaks, only this key opens the vault.</source>
        <translation>Si olvidas la frase de acceso o esta computadora se descompone, solo esta clave abre la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="47"/>
        <source>It is shown only now. Write it on paper, group by group, and check it. Keep the paper away from this laptop, or give it to your head office. Do not photograph it and do not save it on this computer.</source>
        <translation>Solo se muestra ahora. Escríbela en papel, grupo por grupo, y revísala. Guarda el papel lejos de esta laptop o entrégalo a tu oficina central. No le tomes foto y no la guardes en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="59"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="65"/>
        <source>The key is hidden now. Untick the box to see it again.</source>
        <translation>La clave está oculta. Desmarca la casilla para verla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="70"/>
        <source>I have &amp;written the recovery key on paper</source>
        <translation>Ya &amp;escribí la clave de recuperación en papel</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="71"/>
        <source>I have written the recovery key on paper</source>
        <translation>Ya escribí la clave de recuperación en papel</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="126"/>
        <source>Now, reading from your paper, type group number %1:</source>
        <translation>Ahora, leyendo tu papel, escribe el grupo número %1:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="131"/>
        <source>Group number %1 of the recovery key</source>
        <translation>Grupo número %1 de la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="147"/>
        <source>✓ Correct</source>
        <translation>✓ Correcto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/recovery_key_page.py" line="150"/>
        <source>This does not match. Check what you wrote.</source>
        <translation>No coincide. Revisa lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="20"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="21"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="22"/>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="23"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="24"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="28"/>
        <source>Use at least 12 characters. Several words are easiest to remember.</source>
        <translation>Usa al menos 12 caracteres. Varias palabras son lo más fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="31"/>
        <source>This is one of the most common passwords. It would be guessed at once.</source>
        <translation>Es una de las contraseñas más comunes. La adivinarían de inmediato.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="34"/>
        <source>It contains a very common word or name.</source>
        <translation>Contiene una palabra o un nombre muy común.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="37"/>
        <source>Rows of keys such as “qwerty” are easy to guess.</source>
        <translation>Las filas de teclas como «qwerty» son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="40"/>
        <source>Sequences such as “abcd” or “1234” are easy to guess.</source>
        <translation>Las secuencias como «abcd» o «1234» son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="43"/>
        <source>Repeated letters or words add little.</source>
        <translation>Repetir letras o palabras casi no ayuda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="44"/>
        <source>Only digits: add some words.</source>
        <translation>Solo tiene números: agrega algunas palabras.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="45"/>
        <source>Dates and years, such as birthdays, are easy to guess.</source>
        <translation>Las fechas y los años, como los cumpleaños, son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="48"/>
        <source>Do not use the name of the program.</source>
        <translation>No uses el nombre del programa.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="64"/>
        <source>Passphrase strength</source>
        <translation>Fortaleza de la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="72"/>
        <source>Advice about the passphrase</source>
        <translation>Consejos sobre la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/strength_meter.py" line="92"/>
        <source>Strength: %1</source>
        <translation>Fortaleza: %1</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="42"/>
        <source>Unlock your vault</source>
        <translation>Desbloquea tu bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="50"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="52"/>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="56"/>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="58"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="60"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="65"/>
        <source>Unlocking, please wait</source>
        <translation>Desbloqueando, espera por favor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="66"/>
        <source>Checking the passphrase…</source>
        <translation>Revisando la frase de acceso…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="125"/>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Escribe tu frase de acceso y luego presiona Enter.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="181"/>
        <source>This vault is tied to this computer: it also needs this computer&apos;s keyring.</source>
        <translation>Esta bóveda está vinculada a esta computadora: también necesita el llavero del sistema de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/unlock_screen.py" line="184"/>
        <source>This vault is protected by the passphrase only (not tied to this computer).</source>
        <translation>Esta bóveda está protegida solo con la frase de acceso (no está vinculada a esta computadora).</translation>
    </message>
</context>
</TS>
