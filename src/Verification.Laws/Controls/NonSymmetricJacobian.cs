namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the Jacobian written as Jᵢⱼ = sᵢ([i = j] − sᵢ), an index slip (sᵢ for sⱼ) that breaks the
/// symmetry of diag(s) − s sᵀ while keeping the diagonal right.
/// </summary>
public static class NonSymmetricJacobian
{
    public static void SoftmaxJacobian<T>(ReadOnlySpan<T> x, Span<T> jacobianRowMajor)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.FillJacobian(x, jacobianRowMajor, static (si, _, diagonal) => si * ((diagonal ? T.One : T.Zero) - si));
}
