#include "text/system_errors.hpp"

#include <cerrno>
#include <cstring>

namespace siofill::text {

std::string system_error_text(int error) {
  switch (error) {
    case 0:
      return "erreur inconnue";
    case ENOENT:
      return "le fichier ou le dossier n’existe pas";
    case ENOTDIR:
      return "un élément du chemin n’est pas un dossier";
    case EISDIR:
      return "c’est un dossier";
    case EACCES:
    case EPERM:
      return "droits insuffisants";
    case EROFS:
      return "système de fichiers en lecture seule";
    case ENOSPC:
      return "disque plein";
#ifdef EDQUOT
    case EDQUOT:
      return "quota de disque dépassé";
#endif
    case EFBIG:
      return "fichier trop gros pour ce système de fichiers (ou limite de taille atteinte)";
    case ENAMETOOLONG:
      return "nom de fichier ou chemin trop long";
    case ELOOP:
      return "trop de liens symboliques dans le chemin";
    case EEXIST:
      return "existe déjà";
    case EXDEV:
      return "déplacement impossible entre deux systèmes de fichiers";
    case EMFILE:
    case ENFILE:
      return "trop de fichiers ouverts";
    case EIO:
      return "erreur d’entrée-sortie (disque ou support défaillant ?)";
    case ENOMEM:
      return "mémoire insuffisante";
    case EBUSY:
      return "ressource occupée";
    case ETXTBSY:
      return "fichier occupé";
    case EINVAL:
      return "argument invalide (nom refusé par le système de fichiers ?)";
    default:
      return std::string("erreur système ") + std::to_string(error) + " (" + std::strerror(error) + ")";
  }
}

std::string system_error_text(const std::error_code& ec) {
  if (ec.category() == std::generic_category() || ec.category() == std::system_category())
    return system_error_text(ec.value());
  return ec.message();
}

}  // namespace siofill::text
