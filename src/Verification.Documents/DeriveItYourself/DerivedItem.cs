namespace Verification.Documents.DeriveItYourself;

/// <summary>One expression of the "derive it yourself" page: a title and the claim-language text given to the explainer.</summary>
/// <param name="Title">What the expression is, in words (a heading).</param>
/// <param name="Expression">The expression as a learner would type it after <c>verification explain</c>.</param>
public sealed record DerivedItem(string Title, string Expression);
