namespace Verification.Derivations.Entries;

/// <summary>
/// A false identity, refuted with a witness point; optionally a <c>solve</c> question whose computed
/// answer is the condition under which the identity does hold. Verified when the claim is refuted
/// (every family instance need not fail: one refuted instance refutes the family).
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="FalseClaim">The identity (or family) that does not hold in general.</param>
/// <param name="WhenItHolds">A <c>solve</c> question deriving when it holds, or null.</param>
public sealed record RefutationEntry(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    CheckedClaim FalseClaim,
    CheckedClaim? WhenItHolds) : CatalogEntry(Id, Family, Title, Summary);
