using System.Numerics.Tensors;
using Verification.Laws.Kernels;
using Verification.Numerics;

namespace Verification.Laws.Tests;

public class KernelBindingTests
{
    [Fact]
    public void OurActivationsBindInBothPrecisions()
    {
        var implementation = Implementation.FromStaticClass(typeof(Activations));

        string[] all =
        [
            "Softmax", "LogSoftmax", "Sigmoid", "SoftmaxJacobian", "SoftmaxVectorJacobianProduct", "LogSumExp", "CrossEntropyGradient",
            "Tanh", "Softplus", "LogSigmoid", "Silu",
            "SoftmaxWithTemperature", "LogSoftmaxWithTemperature", "SmoothLabels", "SmoothedCrossEntropyGradient",
        ];
        Assert.Equal(all.ToHashSet(), implementation.SinglePrecision.PresentKernelNames.ToHashSet());
        Assert.Equal(all.ToHashSet(), implementation.DoublePrecision.PresentKernelNames.ToHashSet());
        Assert.Equal(typeof(Activations).FullName, implementation.Name);
        Assert.Empty(implementation.BindingNotes);
    }

    /// <summary>Softmax(x, d) and Softmax(x, d, T) share a method name; each fills its own slot, by signature.</summary>
    [Fact]
    public void OverloadsOfOneNameFillDifferentSlots()
    {
        var kernels = Implementation.FromStaticClass(typeof(Activations)).DoublePrecision;
        var plain = new double[2];
        var tempered = new double[2];

        kernels.Softmax!([0.0, 2.0], plain);
        kernels.SoftmaxWithTemperature!([0.0, 4.0], tempered, 2.0);

        Assert.Equal(plain, tempered);
        Assert.Equal(1 / (1 + Math.Exp(2)), plain[0], 1e-15);
    }

    /// <summary>A library without a tempered softmax is complete, not a near miss of the tempered slot.</summary>
    [Fact]
    public void AMissingOverloadIsNotANearMissWhenItsNameIsBound()
    {
        Assert.Empty(Implementation.FromStaticClass(typeof(TensorPrimitives)).BindingNotes);
    }

    /// <summary>When no overload of the name binds, each slot of that name reports what it expected.</summary>
    [Fact]
    public void AnOverloadThatFitsNoSlotIsANearMissOfEverySlotOfItsName()
    {
        var implementation = Implementation.FromStaticClass(typeof(RowWidthSoftmax));

        Assert.Null(implementation.DoublePrecision.Softmax);
        Assert.Null(implementation.DoublePrecision.SoftmaxWithTemperature);
        Assert.Contains(implementation.BindingNotes, note => note.StartsWith("Softmax (double) not bound", StringComparison.Ordinal));
        Assert.Contains(
            implementation.BindingNotes,
            note => note.StartsWith("SoftmaxWithTemperature (double) not bound", StringComparison.Ordinal)
                && note.Contains("Softmax(ReadOnlySpan<double> x, Span<double> destination, double parameter)", StringComparison.Ordinal));
    }

    [Fact]
    public void BoundKernelsCallTheMethods()
    {
        var softmax = Implementation.FromStaticClass(typeof(Activations)).DoublePrecision.Softmax!;
        var destination = new double[2];

        softmax([0.0, 0.0], destination);

        Assert.Equal([0.5, 0.5], destination);
    }

    [Fact]
    public void TensorPrimitivesBindsTheFloatOverloadAndClosesTheGenericOneOverDouble()
    {
        var implementation = Implementation.FromStaticClass(typeof(TensorPrimitives));

        Assert.Equal(["Softmax", "Sigmoid", "Tanh"], implementation.SinglePrecision.PresentKernelNames);
        Assert.Equal(["Softmax", "Sigmoid", "Tanh"], implementation.DoublePrecision.PresentKernelNames);
        var destination = new double[2];
        implementation.DoublePrecision.Softmax!([1.0, 1.0], destination);
        Assert.Equal([0.5, 0.5], destination);
    }

    [Fact]
    public void ATypeWithoutKernelsIsRejectedWithTheExpectedSignatures()
    {
        var failure = Assert.Throws<KernelBindingException>(() => Implementation.FromStaticClass(typeof(Math)));

        Assert.Contains("provides none of the kernels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("static void Softmax(ReadOnlySpan<float> x, Span<float> destination)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Abs(", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongSignatureIsReportedAsANearMissWhileTheRestBinds()
    {
        var implementation = Implementation.FromStaticClass(typeof(ArrayShapedSoftmax));

        Assert.Null(implementation.DoublePrecision.Softmax);
        Assert.NotNull(implementation.DoublePrecision.Sigmoid);
        Assert.Contains(implementation.BindingNotes, note => note.Contains("Softmax (double) not bound: found void Softmax(double[])", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoSpellingsOfOneKernelAreAmbiguous()
    {
        var failure = Assert.Throws<KernelBindingException>(() => Implementation.FromStaticClass(typeof(TwoSpellings)));

        Assert.Contains("2 methods that fit", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenGenericTypesAreRejected()
    {
        var failure = Assert.Throws<KernelBindingException>(() => Implementation.FromStaticClass(typeof(List<>)));

        Assert.Contains("open generic", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAssemblyOnDiskBindsByItsSimpleTypeName()
    {
        var implementation = Implementation.FromAssembly(typeof(Activations).Assembly.Location, "Activations");

        Assert.NotNull(implementation.SinglePrecision.Softmax);
        Assert.Equal("Activations (Verification.Numerics.dll)", implementation.Name);
    }

    [Fact]
    public void AMissingAssemblyFileIsReported()
    {
        var failure = Assert.Throws<KernelBindingException>(() => Implementation.FromAssembly("/nonexistent/Kernels.dll", "Activations"));

        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTypeNameListsTheTypesThatLookLikeKernels()
    {
        var failure = Assert.Throws<KernelBindingException>(() => Implementation.FromAssembly(typeof(Activations).Assembly.Location, "Activation"));

        Assert.Contains("No public type 'Activation'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Verification.Numerics.Activations", failure.Message, StringComparison.Ordinal);
    }

    private static class ArrayShapedSoftmax
    {
        public static void Softmax(double[] x) => Array.Clear(x);

        public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination) => x.CopyTo(destination);
    }

    private static class RowWidthSoftmax
    {
        public static void Softmax(ReadOnlySpan<double> x, Span<double> destination, int rowWidth) => x[..rowWidth].CopyTo(destination);

        public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination) => x.CopyTo(destination);
    }

    private static class TwoSpellings
    {
        public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) => x.CopyTo(destination);

        public static void SoftMax(ReadOnlySpan<double> x, Span<double> destination) => x.CopyTo(destination);
    }
}
