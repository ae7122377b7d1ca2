<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="42"/>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="53"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="44"/>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="47"/>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="55"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="56"/>
        <source>&amp;Kind of action:</source>
        <translation>&amp;Tipo de acción:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="57"/>
        <source>Au&amp;thority:</source>
        <translation>A&amp;utoridad:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="58"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="58"/>
        <source>Case number, folio…</source>
        <translation>Número de expediente, folio…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="59"/>
        <source>&amp;Outcome:</source>
        <translation>Resulta&amp;do:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="62"/>
        <source>&amp;Follow-up date:</source>
        <translation>Fecha de &amp;seguimiento:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="64"/>
        <source>When to check on it again. Year-month-day.</source>
        <translation>Cuándo revisarla de nuevo. Año-mes-día.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="78"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="80"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="86"/>
        <source>OVERDUE follow-up %1: </source>
        <translation>Seguimiento VENCIDO %1: </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="88"/>
        <source>Follow-up due %1: </source>
        <translation>Seguimiento próximo %1: </translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="101"/>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="104"/>
        <source>follow-ups due soon: %1, overdue: %2</source>
        <translation>seguimientos próximos: %1, vencidos: %2</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="112"/>
        <source>&amp;Add action</source>
        <translation>&amp;Agregar acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="115"/>
        <source>Actions by date</source>
        <translation>Acciones por fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="119"/>
        <source>No action selected. Record complaints, requests and appeals with “Add action”.</source>
        <translation>No hay ninguna acción seleccionada. Registre denuncias, solicitudes y llamamientos con “Agregar acción”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/actions_tab.py" line="123"/>
        <source>the action</source>
        <translation>la acción</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="33"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="34"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="35"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="36"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="37"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="44"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="45"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="46"/>
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="47"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="41"/>
        <source>Case details</source>
        <translation>Detalles del caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="43"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Elige un caso de la lista o crea uno con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="54"/>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="56"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="57"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="58"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="59"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="60"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="61"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="62"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="66"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="150"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="157"/>
        <source>Not saved: see the marked fields</source>
        <translation>No guardado: revise los campos marcados</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/view.py" line="175"/>
        <source>The case was deleted.</source>
        <translation>El caso se borró.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="57"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="60"/>
        <source>Text of the chosen version</source>
        <translation>Texto de la versión elegida</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="63"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="63"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="63"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="64"/>
        <source>What was done and when</source>
        <translation>Qué se hizo y cuándo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="65"/>
        <source>&amp;Earlier versions:</source>
        <translation>&amp;Versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="66"/>
        <source>&amp;What was done and when:</source>
        <translation>&amp;Qué se hizo y cuándo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="67"/>
        <source>No earlier versions yet.</source>
        <translation>Todavía no hay versiones anteriores.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/history_tab.py" line="110"/>
        <source>%1 “%2”, %3: version %4, replaced %5</source>
        <translation>%1 “%2”, %3: versión %4, reemplazada el %5</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="29"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="30"/>
        <source>(not known)</source>
        <translation>(no se sabe)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="33"/>
        <source>Filter violations</source>
        <translation>Filtrar violaciones</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="35"/>
        <source>Filter perpetrators</source>
        <translation>Filtrar responsables</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="37"/>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="41"/>
        <source>Day: 2024-03-15 · month: 2024-03 · year: 2024.</source>
        <translation>Día: 2024-03-15 · mes: 2024-03 · año: 2024.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="43"/>
        <source>Date &amp;precision:</source>
        <translation>&amp;Precisión de la fecha:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="44"/>
        <source>&amp;Date (or start):</source>
        <translation>&amp;Fecha (o inicio):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="45"/>
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;término:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="45"/>
        <source>Only for a range.</source>
        <translation>Solo para un periodo.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="46"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="47"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="48"/>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="49"/>
        <source>&amp;Violations:</source>
        <translation>&amp;Violaciones:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="50"/>
        <source>Alleged pe&amp;rpetrators:</source>
        <translation>Presuntos &amp;responsables:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="51"/>
        <source>People &amp;involved:</source>
        <translation>Personas &amp;involucradas:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="52"/>
        <source>&amp;Narrative:</source>
        <translation>&amp;Narración:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="60"/>
        <source>Exact day</source>
        <translation>Día exacto</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="61"/>
        <source>Month only</source>
        <translation>Solo el mes</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="62"/>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="63"/>
        <source>Between two dates</source>
        <translation>Entre dos fechas</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="64"/>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="90"/>
        <source>Date not known</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="92"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="94"/>
        <source>%1 (month)</source>
        <translation>%1 (mes)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="96"/>
        <source>%1 (year)</source>
        <translation>%1 (año)</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="115"/>
        <source>&amp;Add incident</source>
        <translation>&amp;Agregar incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="118"/>
        <source>Incidents by date</source>
        <translation>Incidentes por fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="121"/>
        <source>No incident selected. Record what happened with “Add incident”.</source>
        <translation>No hay ningún incidente seleccionado. Registre lo que pasó con “Agregar incidente”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="124"/>
        <source>the incident</source>
        <translation>el incidente</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/incidents_tab.py" line="127"/>
        <source>Timeline: %1 incidents</source>
        <translation>Cronología: %1 incidentes</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="23"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="27"/>
        <source>Give the case a short code (e.g. OAX-2024-007) and a title.</source>
        <translation>Dé al caso una clave corta (por ejemplo OAX-2024-007) y un título.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="32"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="33"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="39"/>
        <source>C&amp;reate case</source>
        <translation>C&amp;rear caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/new_case.py" line="40"/>
        <source>Create case</source>
        <translation>Crear caso</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="24"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="28"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="29"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="47"/>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="50"/>
        <source>Notes by date</source>
        <translation>Notas por fecha</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="53"/>
        <source>No note selected. Write one with “Add note”.</source>
        <translation>No hay ninguna nota seleccionada. Escribe una con “Agregar nota”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/notes_tab.py" line="56"/>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="33"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="42"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Seudónimo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="44"/>
        <source>The name shown in lists and in redacted exports.</source>
        <translation>El nombre que aparece en las listas y en las exportaciones protegidas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="47"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="49"/>
        <source>Protected: removed from redacted exports.</source>
        <translation>Dato protegido: se quita de las exportaciones protegidas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="51"/>
        <source>Protected identity fields follow</source>
        <translation>A continuación, datos de identidad protegidos</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="53"/>
        <source>protected</source>
        <translation>dato protegido</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="55"/>
        <source>&amp;Full name (protected):</source>
        <translation>&amp;Nombre completo (dato protegido):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="56"/>
        <source>&amp;Contact (protected):</source>
        <translation>&amp;Contacto (dato protegido):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="57"/>
        <source>&amp;Birth date (protected):</source>
        <translation>&amp;Fecha de nacimiento (dato protegido):</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="62"/>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="66"/>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="76"/>
        <source>&amp;Add person</source>
        <translation>&amp;Agregar persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="79"/>
        <source>People in this case</source>
        <translation>Personas de este caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="82"/>
        <source>No person selected. Add the people of this case with “Add person”.</source>
        <translation>No hay ninguna persona seleccionada. Agrega a las personas de este caso con “Agregar persona”.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="85"/>
        <source>the person</source>
        <translation>a la persona</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/people_tab.py" line="88"/>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/record_list.py" line="52"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/record_list.py" line="53"/>
        <source>Delete the selected record</source>
        <translation>Borrar el registro seleccionado</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="33"/>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="34"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="35"/>
        <source>e.g. land, Oaxaca</source>
        <translation>por ejemplo: tierra, Oaxaca</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="40"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="41"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="42"/>
        <source>&amp;Status:</source>
        <translation>E&amp;status:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="43"/>
        <source>&amp;Risk:</source>
        <translation>&amp;Riesgo:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="44"/>
        <source>O&amp;pened:</source>
        <translation>&amp;Apertura:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="45"/>
        <source>C&amp;losed:</source>
        <translation>C&amp;ierre:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="46"/>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="46"/>
        <source>Separate tags with commas.</source>
        <translation>Separa las etiquetas con comas.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="47"/>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="51"/>
        <source>&amp;Delete this case…</source>
        <translation>&amp;Borrar este caso…</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="52"/>
        <source>Delete this case</source>
        <translation>Borrar este caso</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="74"/>
        <source>Its people, incidents, actions, notes and earlier versions are removed from this vault too. This cannot be undone.</source>
        <translation>Sus personas, incidentes, acciones, notas y versiones anteriores también se eliminan de esta bóveda. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casevault/gui/case_detail/summary_tab.py" line="77"/>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
</context>
</TS>
