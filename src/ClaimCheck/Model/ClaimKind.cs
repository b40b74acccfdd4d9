namespace ClaimCheck;

/// <summary>The five kinds of claim ClaimCheck extracts.</summary>
public enum ClaimKind
{
    /// <summary>Whether an agreement (deal, truce, ceasefire) existed.</summary>
    Agreement,
    /// <summary>Whether an evacuation (departure under a deal) happened.</summary>
    Evacuation,
    /// <summary>A count of killed or wounded.</summary>
    Casualties,
    /// <summary>A count of vehicles (buses, ambulances) and what they did.</summary>
    Vehicles,
    /// <summary>A count of people evacuated or to be evacuated.</summary>
    Evacuees,
}
