// The three namespaces the document writers share, declared once for the project: what they write
// (Verification.Documents.Markdown, imported by 21 of the 38 files), what they write about (the
// catalog's checked reports, Verification.Derivations.Checking, 15 files) and how a formula is typeset
// (Verification.Symbolic.Printing's LatexPrinter, 14 files); the entry sections use them throughout.
global using Verification.Derivations.Checking;
global using Verification.Documents.Markdown;
global using Verification.Symbolic.Printing;
