<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>BackupSourcePage</name>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="36"/>
        <source>Choose the backup</source>
        <translation>Elige el respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="39"/>
        <source>A full backup or export made by CaseVault (.age), with its signature file beside it, and the key file or passphrase that opens it.</source>
        <translation>Un respaldo completo o una exportación hecha por CaseVault (.age), con su archivo de firma al lado, y el archivo de clave o la frase de acceso que lo abre.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="43"/>
        <source>Choose the backup file</source>
        <translation>Elige el archivo de respaldo</translation>
    </message>
</context>
<context>
    <name>BindingPage</name>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="29"/>
        <source>Tie the vault to this computer?</source>
        <translation>¿Vincular la bóveda a esta computadora?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="30"/>
        <source>You can choose one of two ways to protect the vault.</source>
        <translation>Puedes elegir entre dos formas de proteger la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="32"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="34"/>
        <source>&amp;Tie it to this computer (recommended)</source>
        <translation>&amp;Vincularla a esta computadora (recomendado)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="35"/>
        <source>Tie the vault to this computer</source>
        <translation>Vincular la bóveda a esta computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="38"/>
        <source>The vault then needs your passphrase and a secret key kept in this computer&apos;s keyring. A copy of the vault files cannot be opened elsewhere, even by someone who knows the passphrase. If this computer breaks or is lost, only the recovery key can open the vault.</source>
        <translation>Así, la bóveda necesita tu frase de acceso y una clave secreta guardada en el llavero del sistema de esta computadora. Una copia de los archivos de la bóveda no se puede abrir en otro lugar, ni siquiera por alguien que conozca la frase de acceso. Si esta computadora se descompone o se pierde, solo la clave de recuperación podrá abrir la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="45"/>
        <source>&amp;Passphrase only</source>
        <translation>Solo &amp;frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="46"/>
        <source>Passphrase only</source>
        <translation>Solo frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="49"/>
        <source>The passphrase alone opens the vault, on this or any other computer. Choose this if you need to move the vault to another computer.</source>
        <translation>La frase de acceso sola abre la bóveda, en esta o en cualquier otra computadora. Elige esta opción si necesitas pasar la bóveda a otra computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="56"/>
        <source>This computer has no system keyring that CaseVault can use, so the vault will be protected by the passphrase only.</source>
        <translation>Esta computadora no tiene un llavero del sistema que CaseVault pueda usar, así que la bóveda quedará protegida solo con la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="66"/>
        <source>Creating the vault, please wait</source>
        <translation>Creando la bóveda, espera por favor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/binding_page.py" line="68"/>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Creando la bóveda. Esto tarda unos segundos…</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="40"/>
        <source>Duress passphrase and failed unlocks</source>
        <translation>Frase de coacción e intentos fallidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="45"/>
        <source>Duress passphrase</source>
        <translation>Frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="48"/>
        <source>If someone forces you to unlock CaseVault, type the duress passphrase instead of your passphrase. CaseVault then destroys this vault without any sign and opens a new, empty vault, which from then on opens with the duress passphrase. Nothing on the screen or in the vault&apos;s files shows that this happened or that a duress passphrase exists. Everything in this vault is lost for good: keep regular encrypted exports at the head office.</source>
        <translation>Si alguien te obliga a desbloquear CaseVault, escribe la frase de coacción en lugar de tu frase de acceso. CaseVault destruye entonces esta bóveda sin dejar rastro y abre una bóveda nueva y vacía, que desde ese momento se abre con la frase de coacción. Nada en la pantalla ni en los archivos de la bóveda muestra que esto ocurrió ni que existe una frase de coacción. Todo lo que hay en esta bóveda se pierde para siempre: envía con regularidad exportaciones cifradas a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="59"/>
        <source>The new vault&apos;s recovery key is never shown, so nobody watching sees one. Once you are safe again, make one with Vault ▸ New recovery key… and write it down.</source>
        <translation>La clave de recuperación de la bóveda nueva nunca se muestra, para que nadie que esté mirando la vea. Cuando estés a salvo, crea una con Bóveda ▸ Nueva clave de recuperación… y anótala.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="67"/>
        <source>New duress passphrase</source>
        <translation>Nueva frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="68"/>
        <source>Repeat the duress passphrase</source>
        <translation>Repite la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="70"/>
        <source>&amp;New duress passphrase:</source>
        <translation>&amp;Nueva frase de coacción:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="72"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="77"/>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Guardar frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="78"/>
        <source>Re&amp;move duress passphrase</source>
        <translation>&amp;Quitar frase de coacción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="92"/>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="105"/>
        <source>Wipe after failed unlocks</source>
        <translation>Borrar tras intentos fallidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="95"/>
        <source>Destroy this vault after this many wrong passphrases in a row. The count survives restarts and is kept in the vault&apos;s folder, not in the settings. With three or fewer attempts left, the unlock screen warns. This protects the unlock screen against someone at the keyboard; someone who copies the vault&apos;s files can still try passphrases on the copy, so a strong passphrase remains the real protection.</source>
        <translation>Destruye esta bóveda después de este número de frases de acceso incorrectas seguidas. La cuenta se conserva al reiniciar y se guarda en la carpeta de la bóveda, no en la configuración. Cuando quedan tres intentos o menos, la pantalla de desbloqueo lo advierte. Esto protege la pantalla de desbloqueo frente a alguien que esté frente al teclado; quien copie los archivos de la bóveda todavía puede probar frases de acceso en la copia, así que una frase de acceso fuerte sigue siendo la verdadera protección.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="106"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="109"/>
        <source>After %n failed unlock(s)</source>
        <translation>
            <numerusform>Tras %n intento fallido</numerusform>
            <numerusform>Tras %n intentos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="113"/>
        <source>&amp;Wipe:</source>
        <translation>&amp;Borrar:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="153"/>
        <source>A duress passphrase is set.</source>
        <translation>Hay una frase de coacción guardada.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="155"/>
        <source>No duress passphrase is set.</source>
        <translation>No hay ninguna frase de coacción guardada.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="172"/>
        <source>Type the duress passphrase.</source>
        <translation>Escribe la frase de coacción.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="178"/>
        <source>The two duress passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de coacción no son iguales. Escríbelas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="187"/>
        <source>Setting the duress passphrase…</source>
        <translation>Guardando la frase de coacción…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="205"/>
        <source>Duress passphrase set. Remember it; it is never shown anywhere.</source>
        <translation>Frase de coacción guardada. Memorízala: no se muestra en ningún lugar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="225"/>
        <source>Duress passphrase removed.</source>
        <translation>Frase de coacción quitada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="239"/>
        <source>Saved: the vault is wiped after %n failed unlock(s) in a row.</source>
        <translation>
            <numerusform>Guardado: la bóveda se borra tras %n intento fallido.</numerusform>
            <numerusform>Guardado: la bóveda se borra tras %n intentos fallidos seguidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/duress_dialog.py" line="243"/>
        <source>Saved: failed unlocks never wipe the vault.</source>
        <translation>Guardado: los intentos fallidos nunca borran la bóveda.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="21"/>
        <source>CaseVault: new vault</source>
        <translation>CaseVault: nueva bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="24"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="25"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="26"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="27"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="39"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde un respaldo…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/first_run.py" line="82"/>
        <source>The vault was created, but you have not confirmed the recovery key. It will never be shown again. Close anyway?</source>
        <translation>La bóveda ya se creó, pero no has confirmado la clave de recuperación. No se volverá a mostrar nunca. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="187"/>
        <source>Close without the key</source>
        <translation>Cerrar sin la clave</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="191"/>
        <source>Go back to the key</source>
        <translation>Volver a la clave</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyWizard</name>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="122"/>
        <source>CaseVault: new recovery key</source>
        <translation>CaseVault: nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="125"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="126"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="151"/>
        <source>The new recovery key is already in force and the old one no longer works, but you have not confirmed that you wrote the new one down. It will never be shown again. Close anyway? (You can make another new key later.)</source>
        <translation>La nueva clave de recuperación ya está en vigor y la anterior ya no funciona, pero no has confirmado que anotaste la nueva. No se volverá a mostrar. ¿Cerrar de todos modos? (Puedes crear otra clave nueva más tarde.)</translation>
    </message>
</context>
<context>
    <name>PassphraseCheckPage</name>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="37"/>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="38"/>
        <source>The old recovery key will stop working.</source>
        <translation>La clave de recuperación anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="40"/>
        <source>&amp;Make the new key</source>
        <translation>&amp;Crear la clave nueva</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="43"/>
        <source>Do this if the recovery key was lost, was never written down, or someone else may have seen it — for example after the duress passphrase opened a new vault, whose recovery key was never shown. The new key is shown once; from then on only the new key can recover the vault. Type your passphrase to confirm that it is you.</source>
        <translation>Hazlo si la clave de recuperación se perdió, nunca se anotó o alguien más pudo verla; por ejemplo, después de que la frase de coacción abrió una bóveda nueva, cuya clave de recuperación nunca se mostró. La clave nueva se muestra una sola vez; desde entonces solo la clave nueva puede recuperar la bóveda. Escribe tu frase de acceso para confirmar que eres tú.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="51"/>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="52"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_dialog.py" line="61"/>
        <source>Checking the passphrase, please wait</source>
        <translation>Comprobando la frase de acceso, espera por favor</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="15"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="18"/>
        <source>The passphrase opens your vault. Use a short sentence or several words that you can remember and others cannot guess. There is no way to look it up later.</source>
        <translation>La frase de acceso abre tu bóveda. Usa una oración corta o varias palabras que puedas recordar y que nadie más pueda adivinar. Después no hay forma de consultarla.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="23"/>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="24"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="26"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de acceso todavía no son iguales.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="30"/>
        <source>&amp;Show the passphrase while typing</source>
        <translation>&amp;Mostrar la frase de acceso mientras escribo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="31"/>
        <source>Show the passphrase while typing</source>
        <translation>Mostrar la frase de acceso mientras escribo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="33"/>
        <source>I understand: use this &amp;weak passphrase anyway</source>
        <translation>Entiendo: usar esta frase de acceso &amp;débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="35"/>
        <source>Use this weak passphrase anyway</source>
        <translation>Usar esta frase de acceso débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="41"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/passphrase_page.py" line="43"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="40"/>
        <source>Write down your recovery key</source>
        <translation>Anota tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="43"/>
        <source>If you forget the passphrase or this computer breaks, only this key opens the vault.</source>
        <translation>Si olvidas la frase de acceso o esta computadora se descompone, solo esta clave abre la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="49"/>
        <source>It is shown only now. Write it on paper, group by group, and check it. Keep the paper away from this laptop, or give it to your head office. Do not photograph it and do not save it on this computer.</source>
        <translation>Solo se muestra ahora. Escríbela en papel, grupo por grupo, y revísala. Guarda el papel lejos de esta laptop o entrégalo a tu oficina central. No le tomes foto y no la guardes en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="61"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="67"/>
        <source>The key is hidden now. Untick the box to see it again.</source>
        <translation>La clave está oculta. Desmarca la casilla para verla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="72"/>
        <source>I have &amp;written the recovery key on paper</source>
        <translation>Ya &amp;escribí la clave de recuperación en papel</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="73"/>
        <source>I have written the recovery key on paper</source>
        <translation>Ya escribí la clave de recuperación en papel</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="129"/>
        <source>Now, reading from your paper, type group number %1:</source>
        <translation>Ahora, leyendo tu papel, escribe el grupo número %1:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="134"/>
        <source>Group number %1 of the recovery key</source>
        <translation>Grupo número %1 de la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="150"/>
        <source>✓ Correct</source>
        <translation>✓ Correcto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/recovery_key_page.py" line="153"/>
        <source>This does not match. Check what you wrote.</source>
        <translation>No coincide. Revisa lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>RestoreRunPage</name>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="71"/>
        <source>Restore the vault</source>
        <translation>Restaurar la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="74"/>
        <source>The backup is checked, decrypted and written into a new vault with a new key. This can take a while for a large vault.</source>
        <translation>El respaldo se verifica, se descifra y se escribe en una bóveda nueva con una clave nueva. Con una bóveda grande puede tardar un rato.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="79"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="80"/>
        <source>&amp;Tie the new vault to this computer</source>
        <translation>&amp;Vincular la bóveda nueva a esta computadora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="85"/>
        <source>This computer has no system keyring that CaseVault can use, so the new vault will be protected by the passphrase only.</source>
        <translation>Esta computadora no tiene un llavero del sistema que CaseVault pueda usar, así que la bóveda nueva quedará protegida solo con la frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="95"/>
        <source>Restore error</source>
        <translation>Error al restaurar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="141"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="160"/>
        <source>Restore cancelled. No vault was created.</source>
        <translation>Restauración cancelada. No se creó ninguna bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="162"/>
        <source>No vault was created.</source>
        <translation>No se creó ninguna bóveda.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="179"/>
        <source>CaseVault: restore from a backup</source>
        <translation>CaseVault: restaurar desde un respaldo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="182"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="183"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="184"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="185"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="191"/>
        <source>The restored vault gets a new passphrase and a new recovery key.</source>
        <translation>La bóveda restaurada tendrá una frase de acceso nueva y una clave de recuperación nueva.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/restore_wizard.py" line="223"/>
        <source>The vault was restored, but you have not confirmed the new recovery key. It will never be shown again. Close anyway?</source>
        <translation>La bóveda se restauró, pero no has confirmado la nueva clave de recuperación. No se volverá a mostrar. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="45"/>
        <source>Unlock your vault</source>
        <translation>Desbloquea tu bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="53"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="55"/>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="59"/>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="63"/>
        <source>Attempts left</source>
        <translation>Intentos restantes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="65"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="67"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="72"/>
        <source>Unlocking, please wait</source>
        <translation>Desbloqueando, espera por favor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="73"/>
        <source>Checking the passphrase…</source>
        <translation>Revisando la frase de acceso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="130"/>
        <source>%n attempt(s) left before this vault is wiped.</source>
        <translation>
            <numerusform>Queda %n intento antes de que se borre esta bóveda.</numerusform>
            <numerusform>Quedan %n intentos antes de que se borre esta bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="149"/>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Escribe tu frase de acceso y luego presiona Enter.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="213"/>
        <source>This vault is tied to this computer: it also needs this computer&apos;s keyring.</source>
        <translation>Esta bóveda está vinculada a esta computadora: también necesita el llavero del sistema de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/unlock_screen.py" line="216"/>
        <source>This vault is protected by the passphrase only (not tied to this computer).</source>
        <translation>Esta bóveda está protegida solo con la frase de acceso (no está vinculada a esta computadora).</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="29"/>
        <source>Emergency wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="33"/>
        <source>Everything in this vault will be destroyed for good: every case, person, incident, action and note on this computer. Nobody can bring it back, not with the passphrase, not with the recovery key, not the head office. Make sure the head office has a recent export of your cases.</source>
        <translation>Todo lo que hay en esta bóveda se destruirá para siempre: cada caso, persona, incidente, acción y nota en esta computadora. Nadie podrá recuperarlo, ni con la frase de acceso, ni con la clave de recuperación, ni la oficina central. Asegúrate de que la oficina central tenga una exportación reciente de tus casos.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="42"/>
        <source>What a wipe cannot do: a copy of the disk made before the wipe keeps the vault as it was (still protected by its passphrase). SSDs, USB sticks and memory cards can keep old pieces of the key file where no program reaches; full-disk encryption makes those remnants worthless. Exports and backups elsewhere are not touched. Destroying information during a search or investigation, or after being ordered to hand it over, can be treated as destroying evidence: decide with your organisation&apos;s lawyers in advance when a wipe is right. Regular encrypted exports to the head office are what make a wipe survivable: the cases are restored from the last one.</source>
        <translation>Lo que un borrado no puede hacer: una copia del disco hecha antes del borrado conserva la bóveda como estaba (protegida todavía por su frase de acceso). Los discos SSD, las memorias USB y las tarjetas de memoria pueden guardar restos del archivo de claves donde ningún programa llega; el cifrado de disco completo hace que esos restos no sirvan de nada. Las exportaciones y respaldos guardados en otro lugar no se tocan. Destruir información durante un cateo o una investigación, o después de recibir la orden de entregarla, puede considerarse destrucción de pruebas: decide de antemano con las y los abogados de tu organización cuándo procede un borrado. Las exportaciones cifradas frecuentes a la oficina central son lo que permite sobrevivir a un borrado: los casos se restauran desde la última.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="57"/>
        <source>Time left before the wipe</source>
        <translation>Tiempo que falta para el borrado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="58"/>
        <source>&amp;Cancel: keep the vault</source>
        <translation>&amp;Cancelar: conservar la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="59"/>
        <source>Cancel the wipe</source>
        <translation>Cancelar el borrado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="84"/>
        <source>Wiping…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/vault/wipe_dialog.py" line="88"/>
        <source>Wiping in %1 s. Click anywhere or press Esc to cancel.</source>
        <translation>Borrado en %1 s. Haz clic en cualquier lugar o presiona Esc para cancelar.</translation>
    </message>
</context>
</TS>
