// Placeholder entry point; the CLI skeleton issue fills it in.
console.log('backofficer');
