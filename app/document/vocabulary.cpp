#include "document/vocabulary.h"

const Vocabulary::Words<Place::Kind> &Vocabulary::placeKinds()
{
    static const Words<Place::Kind> words{
        {u"capital"_qs, Place::Kind::Capital},
        {u"city"_qs, Place::Kind::City},
        {u"town"_qs, Place::Kind::Town},
        {u"border-crossing"_qs, Place::Kind::BorderCrossing},
        {u"port"_qs, Place::Kind::Port},
        {u"site"_qs, Place::Kind::Site},
        {u"station"_qs, Place::Kind::Station},
        {u"airport"_qs, Place::Kind::Airport},
        {u"landmark"_qs, Place::Kind::Landmark},
    };
    return words;
}

const Vocabulary::Words<MapLine::Kind> &Vocabulary::lineKinds()
{
    static const Words<MapLine::Kind> words{
        {u"route"_qs, MapLine::Kind::Route},
        {u"railway"_qs, MapLine::Kind::Railway},
        {u"road"_qs, MapLine::Kind::Road},
        {u"corridor"_qs, MapLine::Kind::Corridor},
        {u"river"_qs, MapLine::Kind::River},
        {u"pipeline"_qs, MapLine::Kind::Pipeline},
        {u"flight"_qs, MapLine::Kind::Flight},
    };
    return words;
}

const Vocabulary::Words<Tension::Severity> &Vocabulary::severities()
{
    static const Words<Tension::Severity> words{
        {u"low"_qs, Tension::Severity::Low},
        {u"medium"_qs, Tension::Severity::Medium},
        {u"high"_qs, Tension::Severity::High},
    };
    return words;
}

const Vocabulary::Words<Tension::Status> &Vocabulary::tensionStatuses()
{
    static const Words<Tension::Status> words{
        {u"open"_qs, Tension::Status::Open},
        {u"easing"_qs, Tension::Status::Easing},
        {u"resolved"_qs, Tension::Status::Resolved},
        {u"unknown"_qs, Tension::Status::Unknown},
    };
    return words;
}

const Vocabulary::Words<Outcome::Status> &Vocabulary::outcomeStatuses()
{
    static const Words<Outcome::Status> words{
        {u"expected"_qs, Outcome::Status::Expected},
        {u"signed"_qs, Outcome::Status::Signed},
        {u"achieved"_qs, Outcome::Status::Achieved},
        {u"not-reached"_qs, Outcome::Status::NotReached},
        {u"unclear"_qs, Outcome::Status::Unclear},
    };
    return words;
}

const Vocabulary::Words<MapArea::Kind> &Vocabulary::areaKinds()
{
    static const Words<MapArea::Kind> words{
        {u"occupied"_qs, MapArea::Kind::Occupied},
        {u"disputed"_qs, MapArea::Kind::Disputed},
        {u"zone"_qs, MapArea::Kind::Zone},
        {u"corridor"_qs, MapArea::Kind::Corridor},
    };
    return words;
}

const Vocabulary::Words<ItineraryStep::Kind> &Vocabulary::stepKinds()
{
    static const Words<ItineraryStep::Kind> words{
        {u"stop"_qs, ItineraryStep::Kind::Stop},
        {u"leg"_qs, ItineraryStep::Kind::Leg},
    };
    return words;
}

const Vocabulary::Words<ItineraryStep::Mode> &Vocabulary::travelModes()
{
    static const Words<ItineraryStep::Mode> words{
        {u"flight"_qs, ItineraryStep::Mode::Flight},
        {u"train"_qs, ItineraryStep::Mode::Train},
        {u"road"_qs, ItineraryStep::Mode::Road},
        {u"ship"_qs, ItineraryStep::Mode::Ship},
    };
    return words;
}

const Vocabulary::Words<Confidence> &Vocabulary::confidences()
{
    static const Words<Confidence> words{
        {u"verified"_qs, Confidence::Verified},
        {u"partly-verified"_qs, Confidence::PartlyVerified},
        {u"unverified"_qs, Confidence::Unverified},
    };
    return words;
}

QString Vocabulary::name(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Capital: return tr("Capital");
    case Place::Kind::City: return tr("City");
    case Place::Kind::Town: return tr("Town");
    case Place::Kind::BorderCrossing: return tr("Border crossing");
    case Place::Kind::Port: return tr("Port");
    case Place::Kind::Site: return tr("Site");
    case Place::Kind::Station: return tr("Railway station");
    case Place::Kind::Airport: return tr("Airport");
    case Place::Kind::Landmark: return tr("Landmark");
    }
    return {};
}

QString Vocabulary::name(MapLine::Kind kind)
{
    switch (kind) {
    case MapLine::Kind::Route: return tr("Route");
    case MapLine::Kind::Railway: return tr("Railway");
    case MapLine::Kind::Road: return tr("Road");
    case MapLine::Kind::Corridor: return tr("Corridor");
    case MapLine::Kind::River: return tr("River");
    case MapLine::Kind::Pipeline: return tr("Pipeline");
    case MapLine::Kind::Flight: return tr("Flight");
    }
    return {};
}

QString Vocabulary::name(Tension::Severity severity)
{
    switch (severity) {
    case Tension::Severity::Low: return tr("Low");
    case Tension::Severity::Medium: return tr("Medium");
    case Tension::Severity::High: return tr("High");
    }
    return {};
}

QString Vocabulary::name(Tension::Status status)
{
    switch (status) {
    case Tension::Status::Open: return tr("Open");
    case Tension::Status::Easing: return tr("Easing");
    case Tension::Status::Resolved: return tr("Resolved");
    case Tension::Status::Unknown: return tr("Unknown");
    }
    return {};
}

QString Vocabulary::name(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Expected: return tr("Expected");
    case Outcome::Status::Signed: return tr("Signed");
    case Outcome::Status::Achieved: return tr("Achieved");
    case Outcome::Status::NotReached: return tr("Not reached");
    case Outcome::Status::Unclear: return tr("Unclear");
    }
    return {};
}

QString Vocabulary::name(MapArea::Kind kind)
{
    switch (kind) {
    case MapArea::Kind::Occupied: return tr("Occupied area");
    case MapArea::Kind::Disputed: return tr("Disputed area");
    case MapArea::Kind::Zone: return tr("Zone");
    case MapArea::Kind::Corridor: return tr("Corridor area");
    }
    return {};
}

QString Vocabulary::name(ItineraryStep::Kind kind)
{
    switch (kind) {
    case ItineraryStep::Kind::Stop: return tr("Stop");
    case ItineraryStep::Kind::Leg: return tr("Journey");
    }
    return {};
}

QString Vocabulary::name(ItineraryStep::Mode mode)
{
    switch (mode) {
    case ItineraryStep::Mode::Flight: return tr("By air");
    case ItineraryStep::Mode::Train: return tr("By train");
    case ItineraryStep::Mode::Road: return tr("By road");
    case ItineraryStep::Mode::Ship: return tr("By sea");
    case ItineraryStep::Mode::Unstated: break;
    }
    return {};
}

QString Vocabulary::name(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Verified: return tr("Verified");
    case Confidence::PartlyVerified: return tr("Partly verified");
    case Confidence::Unverified: return tr("Not verified");
    case Confidence::Unstated: break;
    }
    return {};
}
