namespace Verification.Numerics.Networks;

/// <summary>Everything a forward pass of a d → h → head network computes for one input.</summary>
/// <param name="HiddenPreActivation">a = W·x + b of the hidden layer.</param>
/// <param name="HiddenOutput">φ(a), the hidden activation applied to a.</param>
/// <param name="Logits">The head's logits: one for a sigmoid head, two for a softmax head.</param>
/// <param name="ClassZeroProbability">The predicted probability of class 0.</param>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record NetworkForwardPass<T>(
    ImmutableVector<T> HiddenPreActivation,
    ImmutableVector<T> HiddenOutput,
    ImmutableVector<T> Logits,
    T ClassZeroProbability)
    where T : IFloatingPointIeee754<T>;
