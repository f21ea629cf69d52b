/**
 * Text that breaks outputs built by string templating: markup, ampersands, quotes, the
 * CDATA terminator (twice, since a careless escaper replaces only the first), a control
 * character XML cannot carry, and emoji.
 */
export const HOSTILE_TITLE = `<script>alert("title")</script> & "quoted" 'single' ]]> again ]]> 🚨`;
export const HOSTILE_MESSAGES = [
  `Delays <img src=x onerror=alert(1)> & <b>bold</b> ]]> and ]]> 📉`,
  `Fixed; "ok", <script>alert('again')</script> & done\u0007 ✅`,
];

/** The messages as a writer can commit them: the check refuses the control character, so a line break stands in. */
export const COMMITTABLE_HOSTILE_MESSAGES = HOSTILE_MESSAGES.map((message) => message.replaceAll('\u0007', '\n'));
