// The two namespaces most of the catalog's files import, declared once for the project: the entry
// records every chapter builds and every report checks (Verification.Derivations.Entries, in 18 of the
// 23 files outside it), and the immutable arrays the entries and reports hold.
global using System.Collections.Immutable;
global using Verification.Derivations.Entries;
