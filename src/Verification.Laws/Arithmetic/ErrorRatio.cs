namespace Verification.Laws.Arithmetic;

/// <summary>How far through its budget a measurement is: measured / allowed, with non-numbers as +∞.</summary>
internal static class ErrorRatio
{
    public static double Of(double measured, double allowed) => measured switch
    {
        _ when !double.IsFinite(measured) => double.PositiveInfinity,
        0 => 0,
        _ => allowed > 0 ? measured / allowed : double.PositiveInfinity,
    };
}
