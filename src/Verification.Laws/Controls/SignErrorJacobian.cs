namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the softmax Jacobian with the sign of the outer product flipped, diag(s) + s sᵀ. Still
/// symmetric and positive semidefinite, so only the laws that pin down the values (rows sum to zero, equals
/// diag(s) − s sᵀ) can catch it.
/// </summary>
public static class SignErrorJacobian
{
    public static void SoftmaxJacobian(ReadOnlySpan<float> x, Span<float> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    public static void SoftmaxJacobian(ReadOnlySpan<double> x, Span<double> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    private static void JacobianCore<T>(ReadOnlySpan<T> x, Span<T> jacobian)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.FillJacobian(x, jacobian, static (si, sj, diagonal) => (diagonal ? si : T.Zero) + (si * sj));
}
