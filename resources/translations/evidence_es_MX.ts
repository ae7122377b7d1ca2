<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AttachmentTable</name>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="47"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="48"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="49"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="50"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="51"/>
        <source>Reveals</source>
        <translation>Revela</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="54"/>
        <source>Evidence files of the case</source>
        <translation>Archivos de evidencia del caso</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="48"/>
        <source>Evidence file details</source>
        <translation>Detalles del archivo de evidencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="52"/>
        <source>What the file reveals</source>
        <translation>Lo que revela el archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="62"/>
        <source>Linked incident</source>
        <translation>Incidente vinculado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="64"/>
        <source>Linked person</source>
        <translation>Persona vinculada</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="66"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="67"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="68"/>
        <source>Added:</source>
        <translation>Agregado:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="69"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="71"/>
        <source>Incident:</source>
        <translation>Incidente:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="72"/>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="74"/>
        <source>Detail</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="74"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="75"/>
        <source>Details stored inside the file</source>
        <translation>Datos guardados dentro del archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="84"/>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="89"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="90"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="91"/>
        <source>Save decrypted &amp;copy…</source>
        <translation>Guardar &amp;copia descifrada…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="92"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="107"/>
        <source>Details inside the file:</source>
        <translation>Datos dentro del archivo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="109"/>
        <source>Chain of custody:</source>
        <translation>Cadena de custodia:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/details_panel.py" line="126"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="51"/>
        <source>GPS position</source>
        <translation>posición GPS</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="44"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="27"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="29"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="31"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="33"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="35"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="36"/>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="41"/>
        <location filename="../../casevault/gui/evidence/formatting.py" line="89"/>
        <source>Verified: unchanged</source>
        <translation>Verificado: sin cambios</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="43"/>
        <source>CHANGED since intake</source>
        <translation>CAMBIÓ desde que se agregó</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="44"/>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="49"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="50"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="52"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="53"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="54"/>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="55"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="56"/>
        <source>Created with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="57"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="58"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="59"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="60"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="61"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="62"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="72"/>
        <source>This file records the place where it was made (GPS position).</source>
        <translation>Este archivo registra el lugar donde se hizo (posición GPS).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="78"/>
        <source>This file names the person who made it (author).</source>
        <translation>Este archivo nombra a la persona que lo hizo (autor).</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="87"/>
        <source>Added to the vault</source>
        <translation>Agregado a la bóveda</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="88"/>
        <source>Imported from an export</source>
        <translation>Importado de una exportación</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="90"/>
        <source>Verified: CHANGED</source>
        <translation>Verificado: CAMBIÓ</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="91"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="92"/>
        <source>Decrypted copy saved</source>
        <translation>Copia descifrada guardada</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="93"/>
        <source>Link changed</source>
        <translation>Vínculo cambiado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/formatting.py" line="94"/>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="21"/>
        <source>Save a decrypted copy?</source>
        <translation>¿Guardar una copia descifrada?</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="23"/>
        <source>The copy is NOT protected: anyone with this computer can open it.</source>
        <translation>La copia NO está protegida: cualquiera con esta computadora puede abrirla.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="28"/>
        <source>It stays on the disk until you delete it, and deleting it on an SSD or a memory card may not erase it for good. Save it only where you must (for example an encrypted USB stick), and delete it when you are done.</source>
        <translation>Queda en el disco hasta que la borres, y borrarla en un SSD o una tarjeta de memoria puede no eliminarla para siempre. Guárdala solo donde sea necesario (por ejemplo, una memoria USB cifrada) y bórrala cuando termines.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="36"/>
        <source>&amp;Save copy anyway</source>
        <translation>&amp;Guardar copia de todos modos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="49"/>
        <source>Save decrypted copy as</source>
        <translation>Guardar copia descifrada como</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="63"/>
        <source>Saving a decrypted copy…</source>
        <translation>Guardando una copia descifrada…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="69"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/save_copy.py" line="103"/>
        <source>The copy was not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/attachment_table.py" line="35"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="63"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="65"/>
        <source>Link new files to</source>
        <translation>Vincular archivos nuevos a</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="66"/>
        <source>&amp;Link new files to:</source>
        <translation>&amp;Vincular archivos nuevos a:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="68"/>
        <source>&amp;Remove the original file after adding it</source>
        <translation>&amp;Quitar el archivo original después de agregarlo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="71"/>
        <source>The original is deleted only after its copy in the vault was read back and matches. Deleting on an SSD or a memory card does not guarantee the data is gone: it may still be recovered from the device.</source>
        <translation>El original se borra solo después de leer su copia en la bóveda y comprobar que coincide. Borrar en un SSD o una tarjeta de memoria no garantiza que los datos desaparezcan: todavía podrían recuperarse del dispositivo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="81"/>
        <source>Drop files here, or use “Add files…”. They are stored encrypted in the vault.</source>
        <translation>Suelta archivos aquí o usa “Agregar archivos…”. Se guardan cifrados en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="87"/>
        <source>Adding files</source>
        <translation>Agregando archivos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="91"/>
        <source>Evidence status</source>
        <translation>Estado de la evidencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="139"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="141"/>
        <source>Incident: %1</source>
        <translation>Incidente: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="143"/>
        <source>Person: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="180"/>
        <source>Add evidence files</source>
        <translation>Agregar archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="190"/>
        <source>Folders are not added: drop the files inside them.</source>
        <translation>Las carpetas no se agregan: suelta los archivos que contienen.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="207"/>
        <source>Adding %1 files…</source>
        <translation>Agregando %1 archivos…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="216"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="224"/>
        <source>%1 files added.</source>
        <translation>Archivos agregados: %1.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="229"/>
        <source>Cancelled: the file being added was removed again; %1 added before stay.</source>
        <translation>Cancelado: el archivo que se estaba agregando se quitó de nuevo; los %1 agregados antes se quedan.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="238"/>
        <source>These originals could not be removed: %1</source>
        <translation>No se pudieron quitar estos originales: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="313"/>
        <source>Checking the fingerprint…</source>
        <translation>Comprobando la huella…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="321"/>
        <source>Unchanged since it was added.</source>
        <translation>Sin cambios desde que se agregó.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="324"/>
        <source>CHANGED since it was added: this copy no longer matches its fingerprint.</source>
        <translation>CAMBIÓ desde que se agregó: esta copia ya no coincide con su huella.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="349"/>
        <source>The file is removed from this vault for good, with its fingerprint and the text found in it. This cannot be undone.</source>
        <translation>El archivo se quita de esta bóveda para siempre, con su huella y el texto encontrado en él. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="352"/>
        <source>evidence file</source>
        <translation>el archivo de evidencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/evidence_tab.py" line="360"/>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <location filename="../../casevault/gui/evidence/media_view.py" line="72"/>
        <source>No sound device was found: the sound cannot be heard.</source>
        <translation>No se encontró un dispositivo de sonido: no se puede escuchar el audio.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/media_view.py" line="76"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/media_view.py" line="78"/>
        <location filename="../../casevault/gui/evidence/media_view.py" line="126"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/media_view.py" line="80"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/media_view.py" line="126"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/media_view.py" line="131"/>
        <source>This recording cannot be played here. Use “Save decrypted copy…” if needed.</source>
        <translation>Esta grabación no se puede reproducir aquí. Usa “Guardar copia descifrada…” si lo necesitas.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../casevault/gui/evidence/pdf_view.py" line="24"/>
        <source>PDF page</source>
        <translation>Página del PDF</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/pdf_view.py" line="25"/>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/pdf_view.py" line="26"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/pdf_view.py" line="29"/>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/pdf_view.py" line="30"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/pdf_view.py" line="102"/>
        <source>This page cannot be shown: the PDF may be damaged.</source>
        <translation>Esta página no se puede mostrar: el PDF puede estar dañado.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="64"/>
        <source>%1 — CaseVault viewer</source>
        <translation>%1 — visor de CaseVault</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="69"/>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="70"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="71"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="72"/>
        <source>&amp;1:1</source>
        <translation>&amp;1:1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="73"/>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="74"/>
        <source>&amp;Save decrypted copy…</source>
        <translation>&amp;Guardar copia descifrada…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="112"/>
        <source>This PDF cannot be shown: it may be damaged.</source>
        <translation>Este PDF no se puede mostrar: puede estar dañado.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="117"/>
        <source>CaseVault cannot show this kind of file. To open it in another program, save a decrypted copy — that copy is not protected.</source>
        <translation>CaseVault no puede mostrar este tipo de archivo. Para abrirlo en otro programa, guarda una copia descifrada; esa copia no está protegida.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="139"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="151"/>
        <source>Text of the file</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/evidence/viewer.py" line="153"/>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
</context>
</TS>
