namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the Jacobian written as Jᵢⱼ = sᵢ([i = j] − sᵢ), an index slip (sᵢ for sⱼ) that breaks the
/// symmetry of diag(s) − s sᵀ while keeping the diagonal right.
/// </summary>
public static class NonSymmetricJacobian
{
    public static void SoftmaxJacobian(ReadOnlySpan<float> x, Span<float> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    public static void SoftmaxJacobian(ReadOnlySpan<double> x, Span<double> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    private static void JacobianCore<T>(ReadOnlySpan<T> x, Span<T> jacobian)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.FillJacobian(x, jacobian, static (si, _, diagonal) => si * ((diagonal ? T.One : T.Zero) - si));
}
