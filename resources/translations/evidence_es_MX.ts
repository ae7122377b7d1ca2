<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
  <context>
    <name>Attach</name>
    <message>
      <location filename="../../casevault/cli_attach.py" line="40" />
      <source>add evidence files (photos, audio, documents) to a case</source>
      <translation>agregar archivos de evidencia (fotos, audios, documentos) a un caso</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="41" />
      <source>Add files to a case as evidence. Each file is stored inside the encrypted vault unchanged, with its SHA-256 fingerprint, type and metadata; the fingerprint and name of each stored file are printed, one per line.
With --passphrase-stdin, standard input gives: the passphrase.</source>
      <translation>Agrega archivos a un caso como evidencia. Cada archivo se guarda sin cambios dentro de la bóveda cifrada, con su huella SHA-256, su tipo y sus metadatos; se muestran la huella y el nombre de cada archivo guardado, uno por línea.
Con --passphrase-stdin, la entrada estándar da: la frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="51" />
      <source>CASE_CODE</source>
      <translation>CÓDIGO_DEL_CASO</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="52" />
      <source>the case's code</source>
      <translation>el código del caso</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="56" />
      <source>FILE</source>
      <translation>ARCHIVO</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="59" />
      <source>the files to add</source>
      <translation>los archivos que quieres agregar</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="64" />
      <source>delete each file once its stored copy has been checked. On SSDs and memory cards deleted data can often still be recovered: this is not a secure erase</source>
      <translation>borrar cada archivo en cuanto se haya comprobado su copia guardada. En discos SSD y tarjetas de memoria los datos borrados a menudo todavía se pueden recuperar: esto no es un borrado seguro</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="90" />
      <source>Not added: %1 — %2</source>
      <translation>No se agregó: %1 — %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casevault/cli_attach.py" line="101" />
      <source>Added %n file(s) to case %1.</source>
      <translation>
        <numerusform>Se agregó %n archivo al caso %1.</numerusform>
        <numerusform>Se agregaron %n archivos al caso %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="108" />
      <source>The source files were deleted. On SSDs, USB sticks and memory cards the deleted data can often still be recovered: to be sure, destroy or fully erase the card.</source>
      <translation>Se borraron los archivos originales. En discos SSD, memorias USB y tarjetas de memoria los datos borrados a menudo todavía se pueden recuperar: para estar seguro, destruye la tarjeta o bórrala por completo.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="123" />
      <source>%1 is a folder. Give the files in it, e.g. %1/*</source>
      <translation>%1 es una carpeta. Indica los archivos que contiene, por ejemplo %1/*</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="127" />
      <source>There is no file %1. Check its name and folder.</source>
      <translation>No existe el archivo %1. Revisa su nombre y su carpeta.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="131" />
      <source>You may not read %1. Check its permissions.</source>
      <translation>No tienes permiso para leer %1. Revisa sus permisos.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="140" />
      <source>There is no case with the code %1. Nothing was added. Check the code (casevault search finds cases by their words).</source>
      <translation>No hay ningún caso con el código %1. No se agregó nada. Revisa el código (casevault search encuentra casos por sus palabras).</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="155" />
      <source>%1 carries a GPS position (where it was taken).</source>
      <translation>%1 contiene una ubicación GPS (dónde se tomó).</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="160" />
      <source>%1 carries an author's name.</source>
      <translation>%1 contiene el nombre de un autor.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="164" />
      <source>%1 was added but could not be deleted: delete it yourself.</source>
      <translation>%1 se agregó pero no se pudo borrar: bórralo tú.</translation>
    </message>
    <message>
      <location filename="../../casevault/cli_attach.py" line="174" />
      <source>Adding %1 of %2: %3</source>
      <translation>Agregando %1 de %2: %3</translation>
    </message>
  </context>
</TS>
