namespace Verification.Derivations.Entries;

/// <summary>
/// When does gradient descent on a softmax network and on its sigmoid counterpart stay equivalent
/// step for step? The gradients are identities the engine proves; the learning-rate relations are
/// <c>solve</c> questions whose answers the solver computes. Verified when every gradient is proved
/// and every rate question is settled.
/// </summary>
/// <param name="Id">Stable kebab-case identifier (see <see cref="CatalogEntry"/>).</param>
/// <param name="Family">The chapter the entry belongs to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What the entry shows, in a sentence or two.</param>
/// <param name="Gradients">Gradient identities (output layer and what reaches the hidden layer).</param>
/// <param name="RateQuestions"><c>solve</c> questions: which rate makes one update match the other.</param>
public sealed record TrainingEquivalenceEntry(
    string Id,
    TheoremFamily Family,
    string Title,
    string Summary,
    ImmutableArray<CheckedClaim> Gradients,
    ImmutableArray<CheckedClaim> RateQuestions) : CatalogEntry(Id, Family, Title, Summary);
