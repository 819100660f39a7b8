namespace Verification.Derivations.Entries;

/// <summary>The chapter of the catalog an entry belongs to.</summary>
public enum TheoremFamily
{
    /// <summary>The logistic function σ: derivative, symmetry, inverse.</summary>
    Sigmoid,

    /// <summary>Softmax: normalisation, shift invariance, Jacobian and its properties.</summary>
    Softmax,

    /// <summary>Cross-entropy, binary cross-entropy, logsumexp and log-softmax gradients.</summary>
    Losses,

    /// <summary>The sigmoid's relatives: tanh, softplus, log-sigmoid, SiLU, temperature, label smoothing, focal loss.</summary>
    Relatives,

    /// <summary>When a sigmoid head and a softmax head compute the same probability.</summary>
    Equivalence,

    /// <summary>When training the two heads by gradient descent stays equivalent step for step.</summary>
    Training,

    /// <summary>The claims of the Q&amp;A threads the project grew from, each with its verdict.</summary>
    Seeds,
}
