namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the Jacobian without its diagonal term, −s sᵀ. Symmetric, but negative semidefinite
/// (eigenvalue −‖s‖² ≤ −1/k), so the positive-semidefiniteness law catches it.
/// </summary>
public static class MissingDiagonalJacobian
{
    public static void SoftmaxJacobian(ReadOnlySpan<float> x, Span<float> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    public static void SoftmaxJacobian(ReadOnlySpan<double> x, Span<double> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    private static void JacobianCore<T>(ReadOnlySpan<T> x, Span<T> jacobian)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.FillJacobian(x, jacobian, static (si, sj, _) => -(si * sj));
}
