namespace Verification.Laws.Arithmetic;

/// <summary>
/// Accumulates per-entry measurements of one case and keeps the entry with the largest measured / allowed ratio,
/// which is what the case reports. Lives only inside one evaluation.
/// </summary>
internal sealed class WorstEntry
{
    public int Index { get; private set; } = -1;

    public double Measured { get; private set; }

    public double Allowed { get; private set; }

    private double Ratio { get; set; } = double.NegativeInfinity;

    public void Consider(int index, double measured, double allowed)
    {
        var ratio = ErrorRatio.Of(measured, allowed);
        if (ratio > Ratio)
        {
            (Index, Measured, Allowed, Ratio) = (index, measured, allowed, ratio);
        }
    }
}
