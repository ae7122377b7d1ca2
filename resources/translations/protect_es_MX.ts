<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ShortcutSettings</name>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="28"/>
        <source>System-wide panic shortcut</source>
        <translation>Atajo de pánico en todo el sistema</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="32"/>
        <source>Lock with a shortcut even when another &amp;program is in front</source>
        <translation>Bloquear con un atajo aunque otro &amp;programa esté al frente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="37"/>
        <source>Panic shortcut</source>
        <translation>Atajo de pánico</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="41"/>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="42"/>
        <source>Use the default panic shortcut</source>
        <translation>Usar el atajo de pánico predeterminado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="67"/>
        <source>On any desktop you can also add a keyboard shortcut in the desktop&apos;s own settings that runs the command: casevault panic</source>
        <translation>En cualquier escritorio también puedes agregar, en los ajustes del propio escritorio, un atajo de teclado que ejecute el comando: casevault panic</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="73"/>
        <source>On Wayland no program may listen to the keyboard while another program is in front, so CaseVault cannot offer this shortcut itself.</source>
        <translation>En Wayland ningún programa puede escuchar el teclado mientras otro programa está al frente, así que CaseVault no puede ofrecer este atajo por sí mismo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="80"/>
        <source>(GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; KDE: System Settings ▸ Shortcuts ▸ Add Command).</source>
        <translation>(GNOME: Configuración ▸ Teclado ▸ Atajos personalizados; KDE: Preferencias del sistema ▸ Accesos rápidos ▸ Añadir orden).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="86"/>
        <source>On macOS a program may watch the keyboard only with the Accessibility permission, which CaseVault does not ask for. Use Ctrl+L in the window, or lock the screen: CaseVault locks with it.</source>
        <translation>En macOS un programa solo puede vigilar el teclado con el permiso de Accesibilidad, que CaseVault no pide. Usa Ctrl+L en la ventana o bloquea la pantalla: CaseVault se bloquea con ella.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="93"/>
        <source>Works while the vault is open, whichever program is in front. Ctrl+Alt+L locks the screen on many desktops, which locks CaseVault too.</source>
        <translation>Funciona mientras la bóveda está abierta, sea cual sea el programa que esté al frente. Ctrl+Alt+L bloquea la pantalla en muchos escritorios, y eso también bloquea CaseVault.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/shortcut_settings.py" line="112"/>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or Meta, for example Ctrl+Alt+Shift+L.</source>
        <translation>Elige una letra, un dígito o una tecla F junto con Ctrl, Alt o Meta, por ejemplo Ctrl+Alt+Shift+L.</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../casevault/gui/protect/tray.py" line="28"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/tray.py" line="29"/>
        <location filename="../../casevault/gui/protect/tray.py" line="43"/>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar la ventana</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/tray.py" line="30"/>
        <source>&amp;Quit (locks first)</source>
        <translation>&amp;Salir (bloquea antes)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/protect/tray.py" line="43"/>
        <source>&amp;Hide window</source>
        <translation>&amp;Ocultar la ventana</translation>
    </message>
</context>
</TS>
