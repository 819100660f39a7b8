namespace Verification.Derivations.Entries;

/// <summary>
/// A result stated for every length n, as one <c>for all n &gt;= K</c> claim (see <c>claim-language.md</c>
/// in Verification.Symbolic). The engine proves it by a case split on which indices are equal and an
/// abstraction of each sum over the unnamed positions, never from instances alone. Verified when the
/// engine proves it for every n.
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="Theorem">The claim about every n; a claim of another kind is an authoring error the verifier throws on.</param>
/// <param name="WorkedExamples">Ids of the entries that state the same result at concrete n (documents link to them).</param>
public sealed record GeneralEntry(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    CheckedClaim Theorem,
    ImmutableArray<string> WorkedExamples) : CatalogEntry(Id, Family, Title, Summary);
