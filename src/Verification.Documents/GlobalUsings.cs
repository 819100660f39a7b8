// The three namespaces the document writers share, declared once for the project: what they write
// (Verification.Documents.Markdown, in 21 of the 38 files), what they write about (the catalog's
// checked reports, Verification.Derivations.Checking) and how a formula is typeset
// (Verification.Symbolic.Printing, LatexPrinter); every entry section uses all three.
global using Verification.Derivations.Checking;
global using Verification.Documents.Markdown;
global using Verification.Symbolic.Printing;
