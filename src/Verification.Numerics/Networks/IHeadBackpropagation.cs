namespace Verification.Numerics.Networks;

/// <summary>
/// The head's part of backpropagation for one input, the only step in which a sigmoid and a softmax
/// network differ: from the hidden output h and the label it adds this input's share of the head
/// gradient and writes ∂L/∂h = (∂z/∂h)ᵀ·∂L/∂z, which the shared hidden-layer pass then carries on.
/// </summary>
/// <remarks>A struct constraint on the implementations keeps the per-input call direct (no delegate).</remarks>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
internal interface IHeadBackpropagation<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Accumulates the head gradient of one input and overwrites <paramref name="hiddenGradient"/> with ∂L/∂h.</summary>
    void Accumulate(ReadOnlySpan<T> hiddenOutput, int label, Span<T> hiddenGradient);
}
