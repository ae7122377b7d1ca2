<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="44" />
      <source>The file is not text that CaseVault can read. In the spreadsheet, save it as “CSV UTF-8” (or “Unicode text”) and import it again.</source>
      <translation>El archivo no es texto que CaseVault pueda leer. En la hoja de cálculo, guárdalo como “CSV UTF-8” (o “Texto Unicode”) e impórtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="49" />
      <source>The file is empty. The first row must name the columns, and the rows below it hold the records.</source>
      <translation>El archivo está vacío. La primera fila debe nombrar las columnas y las filas de abajo contienen los registros.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="57" />
      <source>Row %1: the column “%2” is missing. Add a column with this name (in English or Spanish) to the first row.</source>
      <translation>Fila %1: falta la columna “%2”. Agrega a la primera fila una columna con ese nombre (en inglés o en español).</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="62" />
      <source>Row %1: CaseVault does not know the column “%2”. Check its spelling, or delete the column.</source>
      <translation>Fila %1: CaseVault no conoce la columna “%2”. Revisa cómo está escrita o borra la columna.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="70" />
      <source>Row %1: a cell is longer than %2 characters, more than CaseVault imports. Split the text into several notes, or shorten it, and import the file again.</source>
      <translation>Fila %1: una celda tiene más de %2 caracteres, más de lo que CaseVault importa. Divide el texto en varias notas, o acórtalo, e importa el archivo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="78" />
      <source>Row %1, column “%2”: the cell holds a NUL character (an invisible zero byte), which CaseVault does not store. Delete it from the cell, or save the file again as “CSV UTF-8”, and import it again.</source>
      <translation>Fila %1, columna “%2”: la celda contiene un carácter NUL (un byte cero invisible), que CaseVault no guarda. Bórralo de la celda, o guarda el archivo de nuevo como “CSV UTF-8”, e impórtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="84" />
      <source>Row %1, column “%2”: this cell cannot be empty. Fill it in.</source>
      <translation>Fila %1, columna “%2”: esta celda no puede estar vacía. Llénala.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="87" />
      <source>Row %1, column “%2”: “%3” is not a known value. Use a code or a label in English or Spanish.</source>
      <translation>Fila %1, columna “%2”: “%3” no es un valor conocido. Usa un código o una etiqueta en inglés o en español.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="92" />
      <source>Row %1, column “%2”: “%3” is not a valid date. Write dates as 2024-03-15 or 15/03/2024.</source>
      <translation>Fila %1, columna “%2”: “%3” no es una fecha válida. Escribe las fechas como 2024-03-15 o 15/03/2024.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="96" />
      <source>Row %1, column “%2”: there is no case with the code “%3”. Check the code, or import the cases first.</source>
      <translation>Fila %1, columna “%2”: no hay ningún caso con el código “%3”. Revisa el código o importa primero los casos.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="101" />
      <source>Row %1, column “%2”: the case code “%3” is already used, in the vault or higher up in this file. Give each case its own code.</source>
      <translation>Fila %1, columna “%2”: el código de caso “%3” ya se usa, en la bóveda o más arriba en este archivo. Dale a cada caso su propio código.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="106" />
      <source>Row %1, column “%2”: the end date is earlier than the start date.</source>
      <translation>Fila %1, columna “%2”: la fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="110" />
      <source>Row %1, column “%2”: “%3” is not valid.</source>
      <translation>Fila %1, columna “%2”: “%3” no es válido.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="111" />
      <source>Row %1, column “%2”: the value is missing.</source>
      <translation>Fila %1, columna “%2”: falta el valor.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="115" />
      <source>%1: this field cannot be empty.</source>
      <translation>%1: este campo no puede estar vacío.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="116" />
      <source>%1: “%2” is not one of the listed values.</source>
      <translation>%1: “%2” no es uno de los valores de la lista.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="117" />
      <source>%1: “%2” is not a valid date. Write it as 2024-03-15.</source>
      <translation>%1: “%2” no es una fecha válida. Escríbela como 2024-03-15.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="120" />
      <source>%1: the case it belongs to no longer exists.</source>
      <translation>%1: el caso al que pertenece ya no existe.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="121" />
      <source>%1: another case already has the code “%2”. Choose another code.</source>
      <translation>%1: otro caso ya tiene el código “%2”. Elige otro código.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="124" />
      <source>%1: the end date is earlier than the start date.</source>
      <translation>%1: la fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="128" />
      <source>%1: “%2” is not valid.</source>
      <translation>%1: “%2” no es válido.</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="132" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="133" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="134" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="135" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="136" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="137" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="138" />
      <source>Closed</source>
      <translation>Cierre</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="139" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="140" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="141" />
      <source>Role</source>
      <translation>Papel</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="142" />
      <source>Pseudonym</source>
      <translation>Seudónimo</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="143" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="144" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="145" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="146" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="147" />
      <source>Date (start)</source>
      <translation>Fecha (inicio)</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="148" />
      <source>Date (end)</source>
      <translation>Fecha (fin)</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="149" />
      <source>Date precision</source>
      <translation>Precisión de la fecha</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="150" />
      <source>State</source>
      <translation>Entidad federativa</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="151" />
      <source>Municipality</source>
      <translation>Municipio</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="152" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="153" />
      <source>Violations</source>
      <translation>Violaciones</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="154" />
      <source>Alleged perpetrators</source>
      <translation>Presuntos responsables</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="155" />
      <source>Narrative</source>
      <translation>Narración</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="156" />
      <source>People involved</source>
      <translation>Personas involucradas</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="157" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="158" />
      <source>Authority</source>
      <translation>Autoridad</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="159" />
      <source>Kind of action</source>
      <translation>Tipo de acción</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="160" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="161" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="162" />
      <source>Follow-up date</source>
      <translation>Fecha de seguimiento</translation>
    </message>
    <message>
      <location filename="../../casevault/i18n/problem_text.py" line="163" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
  </context>
</TS>
