namespace Verification.Derivations.Entries;

/// <summary>
/// A <c>solve</c> question whose answer is computed by the equivalence solver, never typed in: for
/// which values of the unknowns are two expressions equal for all inputs? The tests assert the
/// expected answer separately. Verified when the solver settles the question (solutions or none).
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="Question">The <c>solve</c> claim.</param>
public sealed record EquivalenceEntry(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    CheckedClaim Question) : CatalogEntry(Id, Family, Title, Summary);
