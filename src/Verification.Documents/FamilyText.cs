using Verification.Derivations.Entries;

namespace Verification.Documents;

/// <summary>What a family's document is called and how it opens: words only, the mathematics comes from the catalog.</summary>
/// <param name="FileName">The document's file name in the output folder.</param>
/// <param name="Title">Its first heading.</param>
/// <param name="Introduction">The opening paragraph.</param>
public sealed record FamilyText(string FileName, string Title, string Introduction)
{
    public static FamilyText For(TheoremFamily family) => family switch
    {
        TheoremFamily.Sigmoid => new("sigmoid.md", "The sigmoid", "The logistic function σ(x) = 1/(1 + e^(−x)): its derivative, its symmetry and its inverse, each derived step by step."),
        TheoremFamily.Softmax => new("softmax.md", "Softmax", "Softmax sᵢ = e^(zᵢ)/Σₖ e^(zₖ): a probability distribution that ignores a common shift, with the Jacobian J = diag(s) − ssᵀ and its properties."),
        TheoremFamily.Losses => new("losses.md", "Losses and their gradients", "Cross-entropy, binary cross-entropy, logsumexp and log-softmax: the gradients a backward pass computes."),
        TheoremFamily.Relatives => new("relatives.md", "The sigmoid's relatives", "tanh, softplus, log-sigmoid and SiLU, softmax with a temperature, label smoothing and the focal loss: each defined from exp and log, and each identity proved from those definitions."),
        TheoremFamily.Equivalence => new("equivalence.md", "Sigmoid and softmax heads", "When a one-output sigmoid head and a two-output softmax head give the same probability, and why nothing of the kind holds for three or more classes. Every mapping between heads is computed by the solver."),
        TheoremFamily.Training => new("training.md", "Training the two heads", "Does gradient descent keep a softmax net and its sigmoid twin equal, step for step? The gradients are proved, the learning-rate relations solved."),
        TheoremFamily.Seeds => new("seeds.md", "The claims of the seed threads", "Every mathematical claim of the Q&A threads the project grew from, as posted (right or wrong), with the engine's verdict."),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "no document for this family"),
    };
}
