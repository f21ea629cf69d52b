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
