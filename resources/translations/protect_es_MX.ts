<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
  <context>
    <name>NewRecoveryKeyWizard</name>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="124" />
      <source>CaseVault: new recovery key</source>
      <translation>CaseVault: nueva clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="131" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="132" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="133" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="161" />
      <source>The new recovery key is already in force and the old one no longer works, but you have not confirmed that you wrote the new one down. It will never be shown again. Close anyway? (You can make another new key later.)</source>
      <translation>La nueva clave de recuperación ya está en vigor y la anterior ya no funciona, pero no has confirmado que anotaste la nueva. No se volverá a mostrar. ¿Cerrar de todos modos? (Puedes crear otra clave nueva más tarde.)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="167" />
      <source>Close without the key</source>
      <translation>Cerrar sin la clave</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="169" />
      <source>Go back to the key</source>
      <translation>Volver a la clave</translation>
    </message>
  </context>
  <context>
    <name>PassphraseCheckPage</name>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="42" />
      <source>Make a new recovery key</source>
      <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="43" />
      <source>The old recovery key will stop working.</source>
      <translation>La clave de recuperación anterior dejará de funcionar.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="45" />
      <source>&amp;Make the new key</source>
      <translation>&amp;Crear la clave nueva</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="48" />
      <source>Do this if the recovery key was lost, was never written down, or someone else may have seen it — for example after the duress passphrase opened a new vault, whose recovery key was never shown. The new key is shown once; from then on only the new key can recover the vault. Type your passphrase to confirm that it is you.</source>
      <translation>Hazlo si la clave de recuperación se perdió, nunca se anotó o alguien más pudo verla; por ejemplo, después de que la frase de coacción abrió una bóveda nueva, cuya clave de recuperación nunca se mostró. La clave nueva se muestra una sola vez; desde entonces solo la clave nueva puede recuperar la bóveda. Escribe tu frase de acceso para confirmar que eres tú.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="56" />
      <source>Passphrase</source>
      <translation>Frase de acceso</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="57" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/recovery_dialog.py" line="66" />
      <source>Checking the passphrase, please wait</source>
      <translation>Comprobando la frase de acceso, espera por favor</translation>
    </message>
  </context>
  <context>
    <name>ShortcutSettings</name>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="28" />
      <source>System-wide panic shortcut</source>
      <translation>Atajo de pánico en todo el sistema</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="32" />
      <source>Lock with a shortcut even when another &amp;program is in front</source>
      <translation>Bloquear con un atajo aunque otro &amp;programa esté al frente</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="37" />
      <source>Panic shortcut</source>
      <translation>Atajo de pánico</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="41" />
      <source>&amp;Default</source>
      <translation>&amp;Predeterminado</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="42" />
      <source>Use the default panic shortcut</source>
      <translation>Usar el atajo de pánico predeterminado</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="73" />
      <source>On any desktop you can also add a keyboard shortcut in the desktop's own settings that runs the command: casevault panic</source>
      <translation>En cualquier escritorio también puedes agregar, en los ajustes del propio escritorio, un atajo de teclado que ejecute el comando: casevault panic</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="79" />
      <source>On Wayland no program may listen to the keyboard while another program is in front, so CaseVault cannot offer this shortcut itself.</source>
      <translation>En Wayland ningún programa puede escuchar el teclado mientras otro programa está al frente, así que CaseVault no puede ofrecer este atajo por sí mismo.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="86" />
      <source>(GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; KDE: System Settings ▸ Shortcuts ▸ Add Command).</source>
      <translation>(GNOME: Configuración ▸ Teclado ▸ Atajos personalizados; KDE: Preferencias del sistema ▸ Accesos rápidos ▸ Añadir orden).</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="92" />
      <source>On macOS a program may watch the keyboard only with the Accessibility permission, which CaseVault does not ask for. Use Ctrl+L in the window, or lock the screen: CaseVault locks with it.</source>
      <translation>En macOS un programa solo puede vigilar el teclado con el permiso de Accesibilidad, que CaseVault no pide. Usa Ctrl+L en la ventana o bloquea la pantalla: CaseVault se bloquea con ella.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="99" />
      <source>Works while the vault is open, whichever program is in front. Ctrl+Alt+L locks the screen on many desktops, which locks CaseVault too.</source>
      <translation>Funciona mientras la bóveda está abierta, sea cual sea el programa que esté al frente. Ctrl+Alt+L bloquea la pantalla en muchos escritorios, y eso también bloquea CaseVault.</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/shortcut_settings.py" line="118" />
      <source>Choose a letter, digit or F-key together with Ctrl, Alt or Meta, for example Ctrl+Alt+Shift+L.</source>
      <translation>Elige una letra, un dígito o una tecla F junto con Ctrl, Alt o Meta, por ejemplo Ctrl+Alt+Shift+L.</translation>
    </message>
  </context>
  <context>
    <name>TrayMenu</name>
    <message>
      <location filename="../../casevault/gui/protect/tray.py" line="28" />
      <source>&amp;Lock now</source>
      <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/tray.py" line="29" />
      <location filename="../../casevault/gui/protect/tray.py" line="43" />
      <source>&amp;Show window</source>
      <translation>&amp;Mostrar la ventana</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/tray.py" line="30" />
      <source>&amp;Quit (locks first)</source>
      <translation>&amp;Salir (bloquea antes)</translation>
    </message>
    <message>
      <location filename="../../casevault/gui/protect/tray.py" line="43" />
      <source>&amp;Hide window</source>
      <translation>&amp;Ocultar la ventana</translation>
    </message>
  </context>
</TS>
